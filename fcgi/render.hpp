// Pages from ctemplate templates (templates/, HTML auto-escaped), inside one layout.
#pragma once

#include "fcgi/http.hpp"

#include <ctemplate/template.h>

#include <string>
#include <vector>

namespace ope {

using Dict = ctemplate::TemplateDictionary;

// Points ctemplate at <share_dir>/templates; templates are then loaded once and cached.
void init_templates(const std::string& share_dir);

// Expands one template (path relative to templates/) into a string; throws when it
// cannot be loaded.
std::string expand(const std::string& file, const Dict& dict);
// The same for plain-text templates (mail bodies), whose blank lines are paragraph breaks.
std::string expand_text(const std::string& file, const Dict& dict);

// Renders pages/<name>.tpl inside the layout with the menu of the request's user and,
// once, what the previous POST did (req.avis). The page dictionary gets CSRF (the
// token every form carries).
Response page(const Request& req, const std::string& name, Dict& dict, const std::string& title,
              int status = 200);

// A page's content as every user of a role sees it, kept in memory to be shown again
// (fcgi/memoire.hpp): pages/<name>.tpl expanded once with a stand-in for the CSRF
// token (random, made at start, never shown), and its title.
struct PageCommune {
    std::string titre;
    std::string contenu;
    std::vector<std::size_t> jetons;  // where the stand-in is in contenu, found once
};
PageCommune page_commune(const std::string& name, Dict& dict, const std::string& title);
// Shows it as page() would: the request's own token in place of the stand-in, inside
// the layout with the request's menu and notice.
Response page(const Request& req, const PageCommune& commune, int status = 200);

// Renders print/<name>.tpl inside the print layout (A4, no menu, an "Imprimer" button
// and, once, what the previous POST did, on screen). landscape selects the A4 landscape page.
Response print_page(const Request& req, const std::string& name, Dict& dict, const std::string& title,
                    bool landscape = false);

// The French error page for an HTTP status; message optional.
Response error_page(const Request& req, int status, const std::string& message = "");

// One section dictionary per line of text (a journal detail, a mail body), with the
// line in {{TEXTE}}.
void add_lines(Dict& dict, const std::string& section, const std::string& text);
// Text as typed, for HTML: one section dictionary per paragraph (lines separated by
// blank lines), each with one `line_section` per line in {{TEXTE}}; runs of blank
// lines make one paragraph break.
void add_paragraphs(Dict& dict, const std::string& section, const std::string& line_section, const std::string& text);

}  // namespace ope
