// Uploaded files: a safe display name and a type checked against the content.
// File names from uploads are only ever stored and shown, never used as paths.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ope {

// The last path component of a browser's file name, without control characters,
// NUL or slashes, valid UTF-8, at most 200 bytes: a longer name is cut on a
// character boundary before its extension, which is kept ("ééé….html.pdf" stays a
// ".pdf"); "document" when nothing is left.
std::string nom_de_fichier_sur(std::string_view filename);

// The media type of an accepted document, from its extension, when its first bytes
// match that type (a ".pdf" must start with "%PDF-", a ".png" with the PNG
// signature...); nullopt for other extensions or a mismatch.
std::optional<std::string> type_de_document(std::string_view filename, std::string_view content);

// "1,4 Mo", "820 ko", "12 octets".
std::string taille_lisible(long long octets);

}  // namespace ope
