// The client's IP address: REMOTE_ADDR as nginx gives it, or, when the request
// came through a trusted proxy (OPE_TRUSTED_PROXIES: a TLS terminator or load
// balancer in front of nginx), the address that proxy saw, from X-Forwarded-For.
// And the key under which failed logins are counted per address.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ope {

// An IPv4 or IPv6 network: "10.0.0.0/8", "2001:db8::/32", or one address ("::1").
struct Reseau {
    std::array<std::uint8_t, 16> octets{};  // IPv4 in the first 4
    bool v4 = true;
    int prefixe = 32;

    static std::optional<Reseau> parse(std::string_view texte);
    bool contient(std::string_view adresse) const;
};

// "127.0.0.1, 10.0.0.0/8 ::1" (commas or spaces); throws std::runtime_error with a
// French message on an entry that is neither an address nor a network.
std::vector<Reseau> parse_reseaux(std::string_view liste);

// REMOTE_ADDR, unless it is one of `proxies`: then X-Forwarded-For is read from
// its end (each proxy appends the address it saw), skipping the trusted proxies,
// and the first other address is the client's. Entries added by the client
// itself, further left, are never believed. A malformed entry stops the reading:
// the last address read is kept.
std::string adresse_client(std::string_view remote_addr, std::string_view forwarded_for,
                           const std::vector<Reseau>& proxies);

// The key of an address for counting failed logins: an IPv4 address as it is, an
// IPv6 address's /64 ("2001:db8:1:2::/64": one subscriber gets a whole /64), an
// IPv4-mapped IPv6 address as IPv4; anything else as its printable ASCII, at most
// 45 bytes ("?" when nothing is left). A key is its own key.
std::string cle_de_limitation(std::string_view adresse);

}  // namespace ope
