// One pattern for every form of the site, and of the command line:
//
//  - a typed form is a struct with `static F parse(const Params&, FormErrors&, ...)`
//    that reads its fields, normalises them and files at most one French message
//    per wrong field (handlers/formulaires.hpp holds them all);
//  - `submit<F>(fields)` runs it and keeps, beside the value, the form's state: the
//    fields as typed and the messages;
//  - a page shows every form from a FormState: the record's values when it opens,
//    what was typed when a POST was refused. FormState::fill is the one way a
//    template gets them (VALEUR_<FIELD>, ERREUR_<FIELD>, <FIELD>_<VALUE>, ERREURS).
#pragma once

#include "fcgi/http.hpp"
#include "fcgi/render.hpp"

#include <map>
#include <string>
#include <utility>

namespace ope {

// The French message of each wrong field (the first one filed is kept).
class FormErrors {
public:
    void add(const std::string& field, const std::string& message) { errors_.emplace(field, message); }
    bool empty() const { return errors_.empty(); }
    bool has(const std::string& field) const { return errors_.count(field) > 0; }
    const std::map<std::string, std::string>& all() const { return errors_; }

private:
    std::map<std::string, std::string> errors_;
};

// What a form shows: a value per field and, when it was refused, why.
struct FormState {
    Params values;
    FormErrors errors;

    bool refused() const { return !errors.empty(); }
    const std::string& value(const std::string& field) const { return values.get(field); }
    // For a template (field names upper-cased, "csrf" left out):
    //  VALEUR_<FIELD>        the field's (first) value, for value="...";
    //  <FIELD>_<VALUE>       a section shown for each short code-like value
    //                        ("civilite=M." shows CIVILITE_M, "cycle=2" CYCLE_2,
    //                        "parution_email=1" PARUTION_EMAIL_1): checked and selected;
    //  ERREUR_<FIELD>        a section with {{MESSAGE}} for each wrong field, to show
    //                        beside it and to mark it (aria-invalid, aria-describedby);
    //  ERREURS               shown when the form was refused (the summary above it).
    void fill(Dict& dict) const;
};

// A form as submitted: its typed value (meaningful only when ok()) and its state.
template <class F>
struct Submitted {
    F value{};
    FormState state;
    bool ok() const { return state.errors.empty(); }
};

// Parses `fields` with F::parse; extra arguments (uploaded files...) go to parse.
template <class F, class... Extra>
Submitted<F> submit(const Params& fields, Extra&&... extra) {
    Submitted<F> s;
    s.value = F::parse(fields, s.state.errors, std::forward<Extra>(extra)...);
    s.state.values = fields;
    return s;
}

}  // namespace ope
