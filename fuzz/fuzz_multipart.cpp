// libFuzzer target: multipart/form-data requests (fcgi/parse.cpp: media_type,
// multipart_boundary, parse_multipart), as uploads reach fcgi/app.cpp's
// parse_body. Built and run by scripts/fuzz.sh; seeds in
// fuzz/corpus/fuzz_multipart/.
//
// Input: the Content-Type header, a line feed, then the body (whose lines end
// with CR LF like a browser's). Checked:
//  - media_type is lower case, trimmed, without ';';
//  - a boundary is 1..200 bytes and only given for multipart/form-data;
//  - every field value and file content is a piece of the body, and there
//    are never more parts than max_parts;
//  - an accepted body, written out again in a canonical form (quoted names
//    with \" and \\ escapes), parses to the same fields and files.
#include "fcgi/parse.hpp"
#include "fuzz/check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace ope;

namespace {

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

bool same_files(const std::vector<UploadedFile>& a, const std::vector<UploadedFile>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].field != b[i].field || a[i].filename != b[i].filename ||
            a[i].content_type != b[i].content_type || a[i].content != b[i].content)
            return false;
    return true;
}

void check_body(std::string_view body, const std::string& boundary, std::size_t max_parts) {
    Params fields;
    std::vector<UploadedFile> files;
    if (!parse_multipart(body, boundary, fields, files, max_parts)) return;
    FUZZ_CHECK(fields.size() + files.size() <= max_parts);
    for (const auto& [name, value] : fields.items()) FUZZ_CHECK(body.find(value) != std::string_view::npos);
    std::size_t header_bytes = 0;
    for (const auto& f : files) {
        FUZZ_CHECK(body.find(f.content) != std::string_view::npos);
        FUZZ_CHECK(!f.filename.empty() || !f.content.empty());  // an empty file input is not a file
        header_bytes += f.field.size() + f.filename.size() + f.content_type.size();
    }
    for (const auto& [name, value] : fields.items()) header_bytes += name.size();

    // Canonical form: fields (in Params order), then files. Each header
    // block must stay under parse_multipart's 8 KiB limit once escaped.
    if (header_bytes > 3000) return;
    const std::string delimiter = "--" + boundary;
    std::string again = delimiter;
    for (const auto& [name, value] : fields.items())
        again += "\r\nContent-Disposition: form-data; name=" + quoted(name) + "\r\n\r\n" + value + "\r\n" + delimiter;
    for (const auto& f : files) {
        again += "\r\nContent-Disposition: form-data; name=" + quoted(f.field) + "; filename=" + quoted(f.filename);
        if (!f.content_type.empty()) again += "\r\nContent-Type: " + f.content_type;
        again += "\r\n\r\n" + f.content + "\r\n" + delimiter;
    }
    again += "--\r\n";
    Params fields2;
    std::vector<UploadedFile> files2;
    FUZZ_CHECK(parse_multipart(again, boundary, fields2, files2, max_parts),
               "canonical form refused: " + fuzz::show(again));
    FUZZ_CHECK(fields2.items() == fields.items(), fuzz::show(again));
    FUZZ_CHECK(same_files(files2, files), fuzz::show(again));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto nl = input.find('\n');
    const std::string_view content_type = input.substr(0, nl);
    const std::string_view body = nl == std::string_view::npos ? std::string_view() : input.substr(nl + 1);

    const std::string type = media_type(content_type);
    FUZZ_CHECK(type.find(';') == std::string::npos);
    for (char c : type) FUZZ_CHECK(!(c >= 'A' && c <= 'Z'), fuzz::show(type));
    if (!type.empty()) {
        FUZZ_CHECK(type.front() != ' ' && type.front() != '\t' && type.back() != ' ' && type.back() != '\t');
    }

    const auto boundary = multipart_boundary(content_type);
    if (boundary) {
        FUZZ_CHECK(type == "multipart/form-data", fuzz::show(content_type));
        FUZZ_CHECK(!boundary->empty() && boundary->size() <= 200);
        check_body(body, *boundary, 1000);
        check_body(body, *boundary, 2);
    } else if (!content_type.empty() && content_type.size() <= 200) {
        // Also try the first line itself as the boundary: easier to reach deep.
        check_body(body, std::string(content_type), 1000);
    }
    return 0;
}
