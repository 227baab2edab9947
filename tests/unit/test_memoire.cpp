// Memory held while normalising one huge field: a trainee may post 12 MB in one
// field, and texte(), nom(), prenom() and email() used to decode all of it into
// three UTF-32 copies (about 12 times the input) before looking at its length.
// This binary counts the bytes allocated through operator new and checks the peak
// during each call.
#define BOOST_TEST_MODULE memoire
#include <boost/test/unit_test.hpp>

#include "domain/fichiers.hpp"
#include "domain/normalise.hpp"

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>

using namespace ope;

namespace {

std::atomic<std::size_t> g_courant{0}, g_pic{0};

// Each block carries its size in front of it, so that delete knows what it frees.
constexpr std::size_t kEntete = alignof(std::max_align_t);

void* allouer(std::size_t n) {
    void* p = std::malloc(n + kEntete);
    if (!p) throw std::bad_alloc();
    *static_cast<std::size_t*>(p) = n;
    const std::size_t courant = g_courant += n;
    std::size_t pic = g_pic.load();
    while (courant > pic && !g_pic.compare_exchange_weak(pic, courant)) {
    }
    return static_cast<char*>(p) + kEntete;
}

void liberer(void* p) noexcept {
    if (!p) return;
    void* bloc = static_cast<char*>(p) - kEntete;
    g_courant -= *static_cast<std::size_t*>(bloc);
    std::free(bloc);
}

// The most bytes held at once while f runs, beyond what was held before.
template <class F>
std::size_t pic_pendant(F f) {
    const std::size_t avant = g_courant.load();
    g_pic = avant;
    f();
    return g_pic.load() - avant;
}

const std::size_t kMo = 1024 * 1024;

// A 12 MB field, as the largest body the app reads (OPE_MAX_BODY).
const std::string& champ_enorme() {
    static const std::string s = [] {
        std::string t;
        t.reserve(12 * kMo);
        while (t.size() < 12 * kMo) t += "é a ";
        return t;
    }();
    return s;
}

}  // namespace

void* operator new(std::size_t n) { return allouer(n); }
void* operator new[](std::size_t n) { return allouer(n); }
void operator delete(void* p) noexcept { liberer(p); }
void operator delete[](void* p) noexcept { liberer(p); }
void operator delete(void* p, std::size_t) noexcept { liberer(p); }
void operator delete[](void* p, std::size_t) noexcept { liberer(p); }

BOOST_AUTO_TEST_CASE(le_compteur_compte) {
    const std::size_t pic = pic_pendant([] { std::string s(3 * kMo, 'x'); });
    BOOST_TEST(pic >= 3 * kMo);
}

BOOST_AUTO_TEST_CASE(un_champ_de_12_mo_refuse_sans_etre_decode) {
    const std::string& s = champ_enorme();
    struct Cas {
        const char* nom;
        Normalised (*f)(std::string_view);
    };
    const Cas cas[] = {
        {"texte(200)", [](std::string_view v) { return texte(v, 200); }},
        {"texte(1000)", [](std::string_view v) { return texte(v, 1000); }},
        {"nom", nom},
        {"prenom", prenom},
        {"email", email},
        {"texte_long(50000)", [](std::string_view v) { return texte_long(v, 50000); }},
    };
    for (const auto& c : cas) {
        BOOST_TEST_CONTEXT(c.nom) {
            Normalised n;
            const std::size_t pic = pic_pendant([&] { n = c.f(s); });
            BOOST_TEST(!n.ok());
            BOOST_TEST((n.error.find("rop long") != std::string::npos), n.error);
            // At most a few times the field's allowed length, never a multiple of the input.
            BOOST_TEST(pic < 256u * 1024, c.nom << " held " << pic << " bytes for a 12 MB field");
        }
    }
    // A file name is shortened, never decoded whole either.
    const std::size_t pic = pic_pendant([&] { BOOST_TEST(nom_de_fichier_sur(s.substr(0, 8192) + ".pdf").size() <= 200u); });
    BOOST_TEST(pic < 256u * 1024);
}

BOOST_AUTO_TEST_CASE(des_blancs_par_millions_ne_coutent_rien) {
    // Blanks collapse: still accepted as before, without holding the input decoded.
    const std::string blancs = "a" + std::string(12 * kMo, ' ') + "b";
    Normalised n;
    const std::size_t pic = pic_pendant([&] { n = texte(blancs, 10); });
    BOOST_TEST(n.ok());
    BOOST_TEST(n.value == "a b");
    BOOST_TEST(pic < 64u * 1024);
    const std::string adresse = std::string(6 * kMo, ' ') + "A@B.FR" + std::string(6 * kMo, '\t');
    const std::size_t pic_email = pic_pendant([&] { n = email(adresse); });
    BOOST_TEST(n.value == "a@b.fr");
    BOOST_TEST(pic_email < 64u * 1024);
}
