// Pages from ctemplate templates (templates/, HTML auto-escaped), inside one layout.
#pragma once

#include "fcgi/http.hpp"

#include <ctemplate/template.h>

#include <map>
#include <string>

namespace ope {

using Dict = ctemplate::TemplateDictionary;

// Points ctemplate at <share_dir>/templates; templates are then loaded once and cached.
void init_templates(const std::string& share_dir);

// Expands one template (path relative to templates/) into a string; throws when it
// cannot be loaded.
std::string expand(const std::string& file, const Dict& dict);
// The same for plain-text templates (mail bodies), whose blank lines are paragraph breaks.
std::string expand_text(const std::string& file, const Dict& dict);

// Field errors of a form, shown next to each field: section ERREUR_<FIELD> with
// {{MESSAGE}} inside, and section ERREURS (a summary) when there is any.
class FormErrors {
public:
    void add(const std::string& field, const std::string& message);
    bool empty() const { return errors_.empty(); }
    bool has(const std::string& field) const { return errors_.count(field) > 0; }
    const std::map<std::string, std::string>& all() const { return errors_; }
    void fill(Dict& dict) const;

private:
    std::map<std::string, std::string> errors_;
};

// Renders pages/<name>.tpl inside the layout with the menu of the request's user.
// The page dictionary gets CSRF (the token every form carries).
Response page(const Request& req, const std::string& name, Dict& dict, const std::string& title,
              int status = 200);

// Renders print/<name>.tpl inside the print layout (A4, no menu, an "Imprimer" button
// on screen). landscape selects the A4 landscape page.
Response print_page(const Request& req, const std::string& name, Dict& dict, const std::string& title,
                    bool landscape = false);

// The French error page for an HTTP status; message optional.
Response error_page(const Request& req, int status, const std::string& message = "");

// One section dictionary per line of text (a journal detail, a mail body), with the
// line in {{TEXTE}}.
void add_lines(Dict& dict, const std::string& section, const std::string& text);

// Sets each field of a form as a value (to keep what the user typed), NAME -> VALEUR_NAME.
void keep_values(Dict& dict, const Params& form);

}  // namespace ope
