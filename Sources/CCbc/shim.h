#ifndef FUNDINGPLANNER_CCBC_SHIM_H
#define FUNDINGPLANNER_CCBC_SHIM_H
/* COIN-OR CBC's C interface (Debian coinor-libcbc-dev, EPL-2.0), and that of Clp, the LP
   solver CBC is built on (coinor-libclp-dev, a dependency of coinor-libcbc-dev). */
#include <coin/Cbc_C_Interface.h>
#include <coin/Clp_C_Interface.h>
#endif
