// The process's log: one line per event on stderr, with a timestamp.
#pragma once

#include <string>
#include <string_view>

namespace ope {

// Thread-safe.
void log_line(const std::string& message);

// Something a visitor typed, fit for a log line: in « », control characters as
// "?" (a line break would forge a line), at most `max` bytes.
std::string cite(std::string_view texte, std::size_t max = 64);

}  // namespace ope
