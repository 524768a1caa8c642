#ifndef FUNDINGPLANNER_CCBC_SHIM_H
#define FUNDINGPLANNER_CCBC_SHIM_H
/* COIN-OR CBC's C interface (Debian coinor-libcbc-dev, EPL-2.0). */
#include <coin/Cbc_C_Interface.h>
#endif
