#include "data/versions.hpp"

namespace ope {

std::optional<Versions> lire_versions(const Request& req, Db& db, const LectureVersions& lecture, long cle) {
    if (req.versions.lecture == &lecture) return req.versions.versions;
    // The subquery alone; one naming the account's trainee gets them as `u`.
    const std::string sql = "SELECT " + lecture.sous_requete + " AS versions" +
                            (lecture.cle == LectureVersions::Cle::stagiaire_du_compte
                                 ? " FROM (SELECT ? AS stagiaire_id) u"
                                 : "");
    auto rs = lecture.cle == LectureVersions::Cle::aucune ? db.query(sql) : db.query(sql, cle);
    if (!rs->next()) return std::nullopt;
    auto texte = Row(*rs).optional_text("versions");
    if (!texte) return std::nullopt;
    return parse_versions(*texte);
}

}  // namespace ope
