#include "fcgi/render.hpp"

#include "domain/personnes.hpp"
#include "fcgi/crypto.hpp"

#include <stdexcept>
#include <string_view>
#include <utility>

namespace ope {

namespace {

// The menu's entries (templates/pages/layout.tpl) and the section that marks each:
// aria-current="page" on the entry of the page shown, "true" on the entry of the part
// of the site it belongs to (a session's page under "Gestion des sessions").
constexpr std::pair<std::string_view, const char*> kEntreesDuMenu[] = {
    {"/emploi/sessions", "ICI_SESSIONS"},        {"/emploi/stagiaires", "ICI_STAGIAIRES"},
    {"/emploi/tuteur/documents", "ICI_TUTEUR"},  {"/emploi/intervenants", "ICI_INTERVENANTS"},
    {"/emploi/documents", "ICI_DOCUMENTS"},      {"/emploi/journal", "ICI_JOURNAL"},
    {"/espace", "ICI_ESPACE"},                   {"/compte/mot-de-passe", "ICI_MOT_DE_PASSE"},
    {"/emploi/rapports/rsa", "ICI_RAPPORT_RSA"}, {"/emploi/rapports/sessions", "ICI_RAPPORT_ACTIVITE"},
    {"/annuaire", "ICI_ANNUAIRE"},               {"/emploi/import", "ICI_IMPORT"},
};

void mark_current(const std::string& path, Dict& layout) {
    for (const auto& [entree, section] : kEntreesDuMenu) {
        if (path == entree) layout.SetValueAndShowSection("COURANT", "page", section);
        else if (path.starts_with(entree) && path[entree.size()] == '/')
            layout.SetValueAndShowSection("COURANT", "true", section);
    }
}

void fill_menu(const Request& req, Dict& layout) {
    if (!req.user) return;
    const User& u = *req.user;
    layout.SetValue("UTILISATEUR", u.prenom.empty() && u.nom.empty() ? u.login : prenom_nom(u.prenom, u.nom));
    layout.SetValue("CSRF", u.csrf);
    layout.ShowSection("CONNECTE");
    if (u.staff()) layout.ShowSection("MENU_EMPLOI");
    if (u.role == Role::tuteur || u.role == Role::responsable) layout.ShowSection("MENU_FICHES");
    if (u.role == Role::responsable) layout.ShowSection("MENU_RESPONSABLE");
    if (u.role == Role::stagiaire) layout.ShowSection("MENU_ESPACE");
    mark_current(req.path, layout);
}

}  // namespace

void init_templates(const std::string& share_dir) {
    ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(share_dir + "/templates");
}

namespace {

std::string expand_with(const std::string& file, const Dict& dict, ctemplate::Strip strip) {
    std::string out;
    if (!ctemplate::ExpandTemplate(file, strip, &dict, &out))
        throw std::runtime_error("template " + file + " could not be expanded");
    return out;
}

}  // namespace

std::string expand(const std::string& file, const Dict& dict) {
    return expand_with(file, dict, ctemplate::STRIP_BLANK_LINES);
}

std::string expand_text(const std::string& file, const Dict& dict) {
    return expand_with(file, dict, ctemplate::DO_NOT_STRIP);
}

void add_lines(Dict& dict, const std::string& section, const std::string& text) {
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        dict.AddSectionDictionary(section)->SetValue("TEXTE", text.substr(pos, end - pos));
        pos = end + 1;
    }
}

void add_paragraphs(Dict& dict, const std::string& section, const std::string& line_section,
                    const std::string& text) {
    Dict* paragraph = nullptr;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) {
            paragraph = nullptr;  // a blank line ends the paragraph
        } else {
            if (!paragraph) paragraph = dict.AddSectionDictionary(section);
            paragraph->AddSectionDictionary(line_section)->SetValue("TEXTE", line);
        }
        pos = end + 1;
    }
}

namespace {

// The CSRF token the forms of this request's page carry: the user's, or the login
// form's double-submit one.
const std::string& jeton_des_formulaires(const Request& req) { return req.user ? req.user->csrf : req.anon_csrf; }

// <folder>/layout.tpl around a page's expanded content.
std::string autour(const std::string& folder, Dict& layout, const std::string& title, const std::string& contenu) {
    layout.SetValue("TITRE", title);
    layout.SetValueWithoutCopy("CONTENU", contenu);  // it outlives the expansion
    return expand(folder + "/layout.tpl", layout);
}

// Expands <folder>/<name>.tpl (with the CSRF token every form carries), then
// <folder>/layout.tpl around it.
std::string in_layout(const Request& req, const std::string& folder, const std::string& name, Dict& dict,
                      Dict& layout, const std::string& title) {
    dict.SetValue("CSRF", jeton_des_formulaires(req));
    return autour(folder, layout, title, expand(folder + "/" + name + ".tpl", dict));
}

void fill_layout(const Request& req, Dict& layout) {
    fill_menu(req, layout);
    if (!req.avis.empty()) layout.SetValueAndShowSection("AVIS", req.avis, "A_AVIS");
}

// What stands for the CSRF token in a PageCommune: as long as a token (64 hex
// digits), so that it is replaced in place, and as unguessable, so that no data
// shown can contain it.
const std::string& jeton_provisoire() {
    static const std::string jeton = random_token();
    return jeton;
}

}  // namespace

Response page(const Request& req, const std::string& name, Dict& dict, const std::string& title,
              int status) {
    Dict layout("layout");
    fill_layout(req, layout);
    return Response::html(in_layout(req, "pages", name, dict, layout, title), status);
}

PageCommune page_commune(const std::string& name, Dict& dict, const std::string& title) {
    const std::string& provisoire = jeton_provisoire();
    dict.SetValue("CSRF", provisoire);
    PageCommune commune{title, expand("pages/" + name + ".tpl", dict), {}};
    for (auto pos = commune.contenu.find(provisoire); pos != std::string::npos;
         pos = commune.contenu.find(provisoire, pos + provisoire.size()))
        commune.jetons.push_back(pos);
    return commune;
}

// The kept content is copied once, straight into the answer: the layout is expanded
// around the stand-in (it holds the request's menu, notice and title, never the
// stand-in), then the content goes in its place, the request's token at each of
// the places found when it was kept.
Response page(const Request& req, const PageCommune& commune, int status) {
    const std::string& jeton = jeton_des_formulaires(req);
    const std::string& provisoire = jeton_provisoire();
    Dict layout("layout");
    fill_layout(req, layout);
    const std::string cadre = autour("pages", layout, commune.titre, provisoire);
    const auto ici = cadre.find(provisoire);
    std::string corps;
    corps.reserve(cadre.size() + commune.contenu.size());
    corps.append(cadre, 0, ici);
    std::size_t depuis = 0;
    for (auto pos : commune.jetons) {
        corps.append(commune.contenu, depuis, pos - depuis).append(jeton);
        depuis = pos + provisoire.size();
    }
    corps.append(commune.contenu, depuis).append(cadre, ici + provisoire.size());
    return Response::html(std::move(corps), status);
}

Response print_page(const Request& req, const std::string& name, Dict& dict, const std::string& title,
                    bool landscape) {
    Dict layout("print_layout");
    layout.SetValue("ORIENTATION", landscape ? "paysage" : "portrait");
    // On screen only (the bar is not printed).
    if (!req.avis.empty()) layout.SetValueAndShowSection("AVIS", req.avis, "A_AVIS");
    if (landscape) layout.ShowSection("PAYSAGE");
    return Response::html(in_layout(req, "print", name, dict, layout, title));
}

Response error_page(const Request& req, int status, const std::string& message) {
    std::string title, text;
    switch (status) {
        case 400: title = "Requête invalide"; text = "La demande envoyée n'est pas valide."; break;
        case 403: title = "Accès refusé"; text = "Vous n'avez pas le droit d'accéder à cette page ou d'effectuer cette action."; break;
        case 404: title = "Page introuvable"; text = "Cette page n'existe pas, ou l'élément demandé a été supprimé."; break;
        case 405: title = "Méthode non autorisée"; text = "Cette adresse ne s'utilise pas de cette façon."; break;
        case 409: title = "Modification concurrente"; text = "Quelqu'un d'autre vient de modifier ces données : rechargez la page et recommencez."; break;
        case 413: title = "Envoi trop volumineux"; text = "Les données envoyées dépassent la taille autorisée."; break;
        case 422: title = "Saisie invalide"; text = "Certaines valeurs saisies ne sont pas valides."; break;
        case 429: title = "Trop de tentatives"; text = "Trop de tentatives. Réessayez dans quelques minutes."; break;
        case 503: title = "Service momentanément indisponible"; text = "Le site ne peut pas joindre sa base de données. Réessayez dans un instant."; break;
        default: title = "Erreur du serveur"; text = "Une erreur inattendue s'est produite. Elle a été enregistrée ; réessayez plus tard."; break;
    }
    try {
        Dict dict("erreur");
        dict.SetIntValue("STATUT", status);
        dict.SetValue("TITRE", title);
        dict.SetValue("MESSAGE", message.empty() ? text : message);
        // No user menu on a database outage: the user could not be checked.
        return page(req, "erreur", dict, title, status);
    } catch (const std::exception&) {
        return Response::text(title + "\n", status);
    }
}

}  // namespace ope
