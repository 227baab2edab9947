// The site served by `ope serve`: its route table and what the pipeline needs
// from the rest of the program (app/routes.cpp).
#pragma once

#include "fcgi/pipeline.hpp"

namespace ope {

const Site& site();

}  // namespace ope
