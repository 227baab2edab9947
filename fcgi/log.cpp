#include "fcgi/log.hpp"

#include <ctime>
#include <iostream>
#include <mutex>

namespace ope {

void log_line(const std::string& message) {
    static std::mutex mutex;
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
    std::lock_guard lock(mutex);
    std::cerr << stamp << " " << message << std::endl;
}

std::string cite(std::string_view texte, std::size_t max) {
    std::string out = "« ";
    for (char c : texte.substr(0, max)) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? '?' : c;
    if (texte.size() > max) out += "…";
    return out + " »";
}

}  // namespace ope
