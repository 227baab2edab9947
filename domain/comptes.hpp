// The rules of site accounts: what a login may be, what makes a password
// acceptable. Pure functions; the forms (handlers/formulaires.hpp) and the
// command line use them.
#pragma once

#include <string>
#include <string_view>

namespace ope {

// 3 to 64 characters among a-z, 0-9, ".", "-" and "_", starting with a letter or digit.
bool login_valide(std::string_view login);

// Why a new password is refused, or "" when it is acceptable.
std::string password_weakness(std::string_view password);

}  // namespace ope
