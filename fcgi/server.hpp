// The FastCGI front: a pool of threads, each with its own database
// connection, accepting requests on one shared socket.
#pragma once

#include "fcgi/config.hpp"
#include "fcgi/pipeline.hpp"

namespace ope {

// Serves until SIGTERM or SIGINT; returns the process exit code.
int serve(const Config& config, const Site& site);

}  // namespace ope
