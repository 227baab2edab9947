#include "data/demo.hpp"

#include "fcgi/crypto.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <tuple>
#include <vector>

namespace ope::demo {

bool charger(Db& db, const std::string& script_path) {
    if (db.query("SELECT 1 FROM utilisateur LIMIT 1")->next()) return false;

    std::ifstream in(script_path);
    if (!in) throw std::runtime_error("cannot read " + script_path);
    std::stringstream text;
    text << in.rdbuf();
    Transaction t(db);
    db.run_script(text.str());
    // Hashing is done here, not in the script, so the seed holds no hash to maintain.
    // The seed's initial passwords are readable: sealed here too, as the site stores them.
    std::vector<std::tuple<long, std::string, bool>> accounts;
    auto pending = db.query("SELECT id, COALESCE(mot_de_passe_initial, 'demo') AS mot_de_passe,"
                            " mot_de_passe_initial IS NOT NULL AS initial FROM utilisateur"
                            " WHERE mot_de_passe_hash = '!'");
    while (pending->next()) {
        Row r(*pending);
        accounts.emplace_back(r.number("id"), r.text("mot_de_passe"), r.flag("initial"));
    }
    for (const auto& [id, password, initial] : accounts) {
        const std::string hash = hash_password(password);
        db.exec("UPDATE utilisateur SET mot_de_passe_hash = ?, mot_de_passe_initial = ? WHERE id = ?", hash,
                initial ? std::optional<std::string>(sceller(password)) : std::nullopt, id);
        db.exec("INSERT INTO compte_demo (utilisateur_id, mot_de_passe_hash) VALUES (?, ?)", id, hash);
    }
    t.commit();
    return true;
}

std::vector<std::string> comptes_ouverts(Db& db) {
    auto rs = db.query("SELECT u.login FROM compte_demo d JOIN utilisateur u ON u.id = d.utilisateur_id"
                       " WHERE u.mot_de_passe_hash = d.mot_de_passe_hash AND u.actif = 1 ORDER BY u.id");
    std::vector<std::string> out;
    while (rs->next()) out.push_back(Row(*rs).text("login"));
    return out;
}

}  // namespace ope::demo
