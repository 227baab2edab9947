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

}  // namespace ope
