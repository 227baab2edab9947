#include "fcgi/adresse.hpp"

#include <arpa/inet.h>

#include <cstring>
#include <stdexcept>

namespace ope {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// An address as 16 bytes; an IPv4-mapped IPv6 address (::ffff:1.2.3.4) as IPv4.
std::optional<Reseau> lire_adresse(std::string_view texte) {
    if (texte.empty() || texte.size() > 45) return std::nullopt;
    const std::string s(texte);
    Reseau r;
    in_addr v4{};
    in6_addr v6{};
    if (inet_pton(AF_INET, s.c_str(), &v4) == 1) {
        std::memcpy(r.octets.data(), &v4, 4);
        return r;
    }
    if (inet_pton(AF_INET6, s.c_str(), &v6) != 1) return std::nullopt;
    static const std::uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    if (std::memcmp(&v6, mapped, 12) == 0) {
        std::memcpy(r.octets.data(), reinterpret_cast<const std::uint8_t*>(&v6) + 12, 4);
        return r;
    }
    std::memcpy(r.octets.data(), &v6, 16);
    r.v4 = false;
    r.prefixe = 128;
    return r;
}

bool meme_prefixe(const Reseau& a, const Reseau& b, int bits) {
    for (int i = 0; i < bits / 8; ++i)
        if (a.octets[i] != b.octets[i]) return false;
    if (bits % 8 == 0) return true;
    const std::uint8_t masque = static_cast<std::uint8_t>(0xFF << (8 - bits % 8));
    return (a.octets[bits / 8] & masque) == (b.octets[bits / 8] & masque);
}

}  // namespace

std::optional<Reseau> Reseau::parse(std::string_view texte) {
    texte = trim(texte);
    const auto slash = texte.find('/');
    auto r = lire_adresse(texte.substr(0, slash));
    if (!r || slash == std::string_view::npos) return r;
    const std::string_view bits = texte.substr(slash + 1);
    if (bits.empty() || bits.size() > 3) return std::nullopt;
    int n = 0;
    for (char c : bits) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (n > (r->v4 ? 32 : 128)) return std::nullopt;
    r->prefixe = n;
    return r;
}

bool Reseau::contient(std::string_view adresse) const {
    auto a = lire_adresse(trim(adresse));
    return a && a->v4 == v4 && meme_prefixe(*a, *this, prefixe);
}

std::vector<Reseau> parse_reseaux(std::string_view liste) {
    std::vector<Reseau> out;
    std::size_t pos = 0;
    while (pos < liste.size()) {
        std::size_t fin = liste.find_first_of(", \t", pos);
        if (fin == std::string_view::npos) fin = liste.size();
        const std::string_view entree = liste.substr(pos, fin - pos);
        if (!entree.empty()) {
            auto r = Reseau::parse(entree);
            if (!r)
                throw std::runtime_error("OPE_TRUSTED_PROXIES : « " + std::string(entree) +
                                         " » n'est ni une adresse IP ni un réseau (10.0.0.0/8, 2001:db8::/32)");
            out.push_back(*r);
        }
        pos = fin + 1;
    }
    return out;
}

std::string adresse_client(std::string_view remote_addr, std::string_view forwarded_for,
                           const std::vector<Reseau>& proxies) {
    auto de_confiance = [&](std::string_view a) {
        for (const auto& p : proxies)
            if (p.contient(a)) return true;
        return false;
    };
    std::string client(trim(remote_addr));
    // Read from the right: the last entry was written by the proxy we trust.
    std::string_view reste = forwarded_for;
    while (de_confiance(client) && !reste.empty()) {
        const auto virgule = reste.rfind(',');
        const std::string_view entree = trim(virgule == std::string_view::npos ? reste : reste.substr(virgule + 1));
        reste = virgule == std::string_view::npos ? std::string_view() : reste.substr(0, virgule);
        if (!lire_adresse(entree)) break;
        client = std::string(entree);
    }
    return client;
}

std::string cle_de_limitation(std::string_view adresse) {
    auto a = lire_adresse(trim(adresse));
    if (!a) {
        // Not an address (a web server other than nginx may send anything): its
        // printable ASCII, so that it can be stored and logged as it is.
        std::string cle;
        for (char c : adresse)
            if (c > 0x20 && c < 0x7F && cle.size() < 45) cle += c;
        if (cle.empty()) return "?";
        return lire_adresse(cle) ? cle_de_limitation(cle) : cle;  // what is left may be an address
    }
    char texte[INET6_ADDRSTRLEN];
    if (a->v4) {
        inet_ntop(AF_INET, a->octets.data(), texte, sizeof texte);
        return texte;
    }
    std::fill(a->octets.begin() + 8, a->octets.end(), 0);
    inet_ntop(AF_INET6, a->octets.data(), texte, sizeof texte);
    return std::string(texte) + "/64";
}

}  // namespace ope
