#include "fcgi/parse.hpp"

#include <algorithm>
#include <cctype>

namespace ope {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// The value of parameter `name` in a header value like `form-data; name="x"; filename="y"`.
std::optional<std::string> header_param(std::string_view header, std::string_view name) {
    std::size_t pos = 0;
    while (pos < header.size()) {
        std::size_t semi = header.find(';', pos);
        if (semi == std::string_view::npos) return std::nullopt;
        std::size_t start = semi + 1;
        while (start < header.size() && header[start] == ' ') ++start;
        std::size_t eq = header.find('=', start);
        if (eq == std::string_view::npos) return std::nullopt;
        std::string key = lower(trim(header.substr(start, eq - start)));
        std::size_t v = eq + 1;
        std::string value;
        if (v < header.size() && header[v] == '"') {
            ++v;
            while (v < header.size() && header[v] != '"') {
                // Only \" and \\ are escapes: browsers send Windows paths
                // (C:\Users\x.pdf) with their backslashes as they are.
                if (header[v] == '\\' && v + 1 < header.size() && (header[v + 1] == '"' || header[v + 1] == '\\')) ++v;
                value += header[v++];
            }
            ++v;  // closing quote
        } else {
            while (v < header.size() && header[v] != ';') value += header[v++];
            value = std::string(trim(value));
        }
        if (key == name) return value;
        pos = v;
    }
    return std::nullopt;
}

}  // namespace

std::string url_decode(std::string_view s, bool plus_as_space) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '%' && i + 2 < s.size()) {
            int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += (c == '+' && plus_as_space) ? ' ' : c;
    }
    return out;
}

std::string url_encode(std::string_view s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

Params parse_urlencoded(std::string_view s, std::size_t max_fields) {
    Params params;
    std::size_t pos = 0;
    while (pos <= s.size() && params.size() < max_fields) {
        std::size_t amp = s.find('&', pos);
        if (amp == std::string_view::npos) amp = s.size();
        std::string_view pair = s.substr(pos, amp - pos);
        if (!pair.empty()) {
            std::size_t eq = pair.find('=');
            if (eq == std::string_view::npos)
                params.add(url_decode(pair), "");
            else
                params.add(url_decode(pair.substr(0, eq)), url_decode(pair.substr(eq + 1)));
        }
        pos = amp + 1;
    }
    return params;
}

std::map<std::string, std::string> parse_cookies(std::string_view header) {
    std::map<std::string, std::string> cookies;
    std::size_t pos = 0;
    while (pos < header.size() && cookies.size() < 100) {
        std::size_t semi = header.find(';', pos);
        if (semi == std::string_view::npos) semi = header.size();
        std::string_view pair = trim(header.substr(pos, semi - pos));
        std::size_t eq = pair.find('=');
        if (eq != std::string_view::npos && eq > 0) {
            std::string name(trim(pair.substr(0, eq)));
            std::string_view value = trim(pair.substr(eq + 1));
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
                value = value.substr(1, value.size() - 2);
            cookies.emplace(std::move(name), std::string(value));
        }
        pos = semi + 1;
    }
    return cookies;
}

std::string media_type(std::string_view content_type) {
    return lower(trim(content_type.substr(0, content_type.find(';'))));
}

std::optional<std::string> multipart_boundary(std::string_view content_type) {
    if (media_type(content_type) != "multipart/form-data") return std::nullopt;
    auto b = header_param(content_type, "boundary");
    if (!b || b->empty() || b->size() > 200) return std::nullopt;
    return b;
}

bool parse_multipart(std::string_view body, std::string_view boundary, Params& fields,
                     std::vector<UploadedFile>& files, std::size_t max_parts) {
    const std::string delimiter = "--" + std::string(boundary);
    // The body starts with the first delimiter (a preamble is allowed but unused by browsers).
    std::size_t pos = body.find(delimiter);
    if (pos == std::string_view::npos) return false;
    pos += delimiter.size();
    const std::string next_delimiter = "\r\n" + delimiter;
    for (std::size_t parts = 0;; ++parts) {
        if (body.substr(pos, 2) == "--") return true;  // closing delimiter
        if (body.substr(pos, 2) != "\r\n" || parts >= max_parts) return false;
        pos += 2;
        std::size_t headers_end = body.find("\r\n\r\n", pos);
        if (headers_end == std::string_view::npos || headers_end - pos > 8192) return false;
        std::string_view headers = body.substr(pos, headers_end - pos);
        std::size_t content_start = headers_end + 4;
        std::size_t content_end = body.find(next_delimiter, content_start);
        if (content_end == std::string_view::npos) return false;

        std::string disposition, type;
        std::size_t hpos = 0;
        while (hpos <= headers.size()) {
            std::size_t eol = headers.find("\r\n", hpos);
            if (eol == std::string_view::npos) eol = headers.size();
            std::string_view line = headers.substr(hpos, eol - hpos);
            std::size_t colon = line.find(':');
            if (colon != std::string_view::npos) {
                std::string name = lower(trim(line.substr(0, colon)));
                if (name == "content-disposition") disposition = trim(line.substr(colon + 1));
                else if (name == "content-type") type = trim(line.substr(colon + 1));
            }
            hpos = eol + 2;
        }
        if (media_type(disposition) != "form-data") return false;
        auto name = header_param(disposition, "name");
        if (!name) return false;
        std::string_view content = body.substr(content_start, content_end - content_start);
        if (auto filename = header_param(disposition, "filename")) {
            // An empty file input is sent with filename="" and no content: not a file.
            if (!filename->empty() || !content.empty())
                files.push_back({*name, *filename, type, std::string(content)});
        } else {
            fields.add(*name, std::string(content));
        }
        pos = content_end + next_delimiter.size();
    }
}

}  // namespace ope

namespace ope {
std::optional<long> parse_positive(std::string_view s) {
    if (s.empty() || s.size() > 18) return std::nullopt;
    long value = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value <= 0) return std::nullopt;
    return value;
}
}  // namespace ope
