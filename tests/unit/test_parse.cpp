#define BOOST_TEST_MODULE parse
#include <boost/test/unit_test.hpp>

#include "fcgi/parse.hpp"

using namespace ope;

BOOST_AUTO_TEST_SUITE(percent_encoding)

BOOST_AUTO_TEST_CASE(decodes_escapes_and_plus) {
    BOOST_TEST(url_decode("a%20b+c") == "a b c");
    BOOST_TEST(url_decode("%C3%A9l%C3%A9onore") == "éléonore");
    BOOST_TEST(url_decode("a+b", false) == "a+b");
}

BOOST_AUTO_TEST_CASE(keeps_malformed_escapes_as_typed) {
    BOOST_TEST(url_decode("%ZZ%") == "%ZZ%");
    BOOST_TEST(url_decode("%4") == "%4");
    BOOST_TEST(url_decode("100%") == "100%");
    BOOST_TEST(url_decode("%00").size() == 1u);
}

BOOST_AUTO_TEST_CASE(encode_round_trips) {
    const std::string s = "/emploi/sessions?x=é & y";
    BOOST_TEST(url_decode(url_encode(s), false) == s);
    BOOST_TEST(url_encode("a b&c") == "a%20b%26c");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(urlencoded)

BOOST_AUTO_TEST_CASE(fields_and_repeats) {
    auto p = parse_urlencoded("a=1&b=deux+mots&a=3&vide=&seul");
    BOOST_TEST(p.get("a") == "1");
    BOOST_TEST(p.all("a").size() == 2u);
    BOOST_TEST(p.all("a")[1] == "3");
    BOOST_TEST(p.get("b") == "deux mots");
    BOOST_TEST(p.has("vide"));
    BOOST_TEST(p.get("vide") == "");
    BOOST_TEST(p.has("seul"));
    BOOST_TEST(p.get("absent") == "");
    BOOST_TEST(!p.has("absent"));
}

BOOST_AUTO_TEST_CASE(empty_pairs_and_odd_input) {
    BOOST_TEST(parse_urlencoded("").size() == 0u);
    BOOST_TEST(parse_urlencoded("&&&").size() == 0u);
    auto p = parse_urlencoded("=x&a==b");
    BOOST_TEST(p.get("") == "x");
    BOOST_TEST(p.get("a") == "=b");
}

BOOST_AUTO_TEST_CASE(field_count_is_bounded) {
    std::string many;
    for (int i = 0; i < 20000; ++i) many += "f" + std::to_string(i) + "=1&";
    BOOST_TEST(parse_urlencoded(many, 100).size() == 100u);
}

BOOST_AUTO_TEST_CASE(parses_positive_integers_only) {
    BOOST_TEST(parse_positive("12").value() == 12);
    BOOST_TEST(!parse_positive("0"));
    BOOST_TEST(!parse_positive("-3"));
    BOOST_TEST(!parse_positive("12a"));
    BOOST_TEST(!parse_positive(""));
    BOOST_TEST(!parse_positive(" 1"));
    BOOST_TEST(!parse_positive("9999999999999999999999"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(cookies)

BOOST_AUTO_TEST_CASE(pairs_spaces_quotes) {
    auto c = parse_cookies("ope_session=abc; theme=\"sombre\";x=1 ; ope_session=second");
    BOOST_TEST(c["ope_session"] == "abc");
    BOOST_TEST(c["theme"] == "sombre");
    BOOST_TEST(c["x"] == "1");
}

BOOST_AUTO_TEST_CASE(garbage_is_ignored) {
    BOOST_TEST(parse_cookies("").empty());
    BOOST_TEST(parse_cookies(";;;=;novalue").empty());
    std::string huge(20000, 'a');
    BOOST_TEST(parse_cookies(huge).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(multipart)

const std::string kType = "multipart/form-data; boundary=----b0undary";

std::string part(const std::string& headers, const std::string& content) {
    return "------b0undary\r\n" + headers + "\r\n\r\n" + content + "\r\n";
}

BOOST_AUTO_TEST_CASE(boundary_from_content_type) {
    BOOST_TEST(multipart_boundary(kType).value() == "----b0undary");
    BOOST_TEST(multipart_boundary("Multipart/Form-Data; boundary=\"q b\"").value() == "q b");
    BOOST_TEST(!multipart_boundary("application/x-www-form-urlencoded"));
    BOOST_TEST(!multipart_boundary("multipart/form-data"));
    BOOST_TEST(!multipart_boundary("multipart/form-data; boundary="));
}

BOOST_AUTO_TEST_CASE(fields_and_files) {
    std::string binary("\x00\x01\r\n--\xff", 7);
    std::string body = part("Content-Disposition: form-data; name=\"csrf\"", "tok") +
                       part("Content-Disposition: form-data; name=\"repertoire\"", "Cycle 1") +
                       part("Content-Disposition: form-data; name=\"fichier\"; filename=\"r\xC3\xA9sum\xC3\xA9.pdf\"\r\n"
                            "Content-Type: application/pdf",
                            binary) +
                       "------b0undary--\r\n";
    Params fields;
    std::vector<UploadedFile> files;
    BOOST_TEST(parse_multipart(body, "----b0undary", fields, files));
    BOOST_TEST(fields.get("csrf") == "tok");
    BOOST_TEST(fields.get("repertoire") == "Cycle 1");
    BOOST_TEST_REQUIRE(files.size() == 1u);
    BOOST_TEST(files[0].field == "fichier");
    BOOST_TEST(files[0].filename == "résumé.pdf");
    BOOST_TEST(files[0].content_type == "application/pdf");
    BOOST_TEST(files[0].content == binary);
}

BOOST_AUTO_TEST_CASE(windows_paths_keep_their_backslashes) {
    std::string body = part("Content-Disposition: form-data; name=\"fichier\"; filename=\"C:\\Users\\x\\a \\\"b\\\".pdf\"\r\n"
                            "Content-Type: application/pdf",
                            "%PDF-") +
                       "------b0undary--\r\n";
    Params fields;
    std::vector<UploadedFile> files;
    BOOST_TEST(parse_multipart(body, "----b0undary", fields, files));
    BOOST_TEST_REQUIRE(files.size() == 1u);
    BOOST_TEST(files[0].filename == "C:\\Users\\x\\a \"b\".pdf");
}

BOOST_AUTO_TEST_CASE(empty_file_input_is_not_a_file) {
    std::string body = part("Content-Disposition: form-data; name=\"fichier\"; filename=\"\"\r\n"
                            "Content-Type: application/octet-stream",
                            "") +
                       "------b0undary--\r\n";
    Params fields;
    std::vector<UploadedFile> files;
    BOOST_TEST(parse_multipart(body, "----b0undary", fields, files));
    BOOST_TEST(files.empty());
}

BOOST_AUTO_TEST_CASE(malformed_bodies_are_refused) {
    Params fields;
    std::vector<UploadedFile> files;
    const std::string good = part("Content-Disposition: form-data; name=\"a\"", "1");
    BOOST_TEST(!parse_multipart("", "----b0undary", fields, files));
    BOOST_TEST(!parse_multipart("no boundary here", "----b0undary", fields, files));
    BOOST_TEST(!parse_multipart(good, "----b0undary", fields, files));  // no closing delimiter
    BOOST_TEST(!parse_multipart("------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ntruncated",
                                "----b0undary", fields, files));
    BOOST_TEST(!parse_multipart(part("Content-Disposition: attachment; name=\"a\"", "1") + "------b0undary--",
                                "----b0undary", fields, files));
    BOOST_TEST(!parse_multipart(part("Content-Disposition: form-data", "1") + "------b0undary--", "----b0undary",
                                fields, files));
    std::string long_headers = "------b0undary\r\nX: " + std::string(10000, 'h') + "\r\n\r\nx\r\n------b0undary--";
    BOOST_TEST(!parse_multipart(long_headers, "----b0undary", fields, files));
}

BOOST_AUTO_TEST_CASE(part_count_is_bounded) {
    std::string body;
    for (int i = 0; i < 50; ++i) body += part("Content-Disposition: form-data; name=\"f\"", "x");
    body += "------b0undary--\r\n";
    Params fields;
    std::vector<UploadedFile> files;
    BOOST_TEST(!parse_multipart(body, "----b0undary", fields, files, 10));
    Params all;
    BOOST_TEST(parse_multipart(body, "----b0undary", all, files, 100));
    BOOST_TEST(all.all("f").size() == 50u);
}

BOOST_AUTO_TEST_SUITE_END()

