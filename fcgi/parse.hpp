// Parsing of what a browser sends: percent-encoding, query strings and
// urlencoded bodies, cookies, multipart/form-data. Pure functions with limits.
#pragma once

#include "fcgi/http.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ope {

// Decodes %XX and, when plus_as_space, '+'. Malformed escapes are kept as typed.
std::string url_decode(std::string_view s, bool plus_as_space = true);
std::string url_encode(std::string_view s);

// "a=1&b=2&a=3" -> fields. At most max_fields fields (the rest is ignored).
Params parse_urlencoded(std::string_view s, std::size_t max_fields = 10000);

// "a=1; b=2" -> map (first occurrence wins).
std::map<std::string, std::string> parse_cookies(std::string_view header);

// The boundary parameter of a multipart/form-data content type, if any.
std::optional<std::string> multipart_boundary(std::string_view content_type);

// Splits a multipart/form-data body into fields and files. Returns false when the
// body is malformed (missing boundaries, truncated part, headers too long).
bool parse_multipart(std::string_view body, std::string_view boundary, Params& fields,
                     std::vector<UploadedFile>& files, std::size_t max_parts = 1000);

// The media type of a Content-Type header, lower-cased, without parameters.
std::string media_type(std::string_view content_type);

}  // namespace ope

namespace ope {
// A positive integer typed in a form or query ("12"); nullopt for anything else.
std::optional<long> parse_positive(std::string_view s);
}  // namespace ope
