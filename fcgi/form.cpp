#include "fcgi/form.hpp"

namespace ope {

namespace {

// A field name or a code as a template name: "date_naissance" -> "DATE_NAISSANCE",
// "M." -> "M"; false when it has characters a template name cannot hold.
bool template_name(const std::string& s, std::string& out) {
    out.clear();
    for (char c : s) {
        if (c >= 'a' && c <= 'z') out += static_cast<char>(c - 'a' + 'A');
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') out += c;
        else if (c == '-') out += '_';
        else if (c != '.') return false;
    }
    return !out.empty();
}

}  // namespace

void FormState::fill(Dict& dict) const {
    std::string field, code;
    for (const auto& [name, value] : values.items()) {
        if (name == "csrf" || !template_name(name, field)) continue;
        dict.SetValue("VALEUR_" + field, values.get(name));
        if (value.size() <= 32 && template_name(value, code)) dict.ShowSection(field + "_" + code);
    }
    if (errors.empty()) return;
    dict.ShowSection("ERREURS");
    for (const auto& [name, message] : errors.all())
        if (template_name(name, field)) dict.AddSectionDictionary("ERREUR_" + field)->SetValue("MESSAGE", message);
}

}  // namespace ope
