#ifndef FUNDINGPLANNER_CSTEMMER_SHIM_H
#define FUNDINGPLANNER_CSTEMMER_SHIM_H
/* Snowball stemmers (Debian libstemmer-dev; no pkg-config file). */
#include <libstemmer.h>
#endif
