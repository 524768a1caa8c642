#ifndef FUNDINGPLANNER_CSHA256_H
#define FUNDINGPLANNER_CSHA256_H
/* SHA-256 block compression with the x86 SHA extensions (SHA-NI), for FundingPlannerXML's
   SHA256, which falls back to its portable Swift compression where they are missing. */
#include <stddef.h>
#include <stdint.h>

/** 1 when this processor has the SHA extensions, SSSE3 and SSE4.1 (CPUID), else 0. */
int fp_sha256_hardware_available(void);

/** Compresses `blocks` consecutive 64-byte blocks at `data` into `state` (eight words, in
    FIPS 180-4 order). Call only when fp_sha256_hardware_available() returned 1. */
void fp_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
