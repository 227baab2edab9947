// The process's log: one line per event on stderr, with a timestamp.
#pragma once

#include <string>

namespace ope {

// Thread-safe.
void log_line(const std::string& message);

}  // namespace ope
