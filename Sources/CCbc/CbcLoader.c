/* Loads COIN-OR CBC on first use; see include/CCbc.h. */
#include "CCbc.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *library;
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

static const char *const libraryName = "libCbcSolver.so.3";

static void load_library(void) {
    library = dlopen(libraryName, RTLD_NOW | RTLD_LOCAL);
}

static void fail(const char *what, const char *detail) {
    fprintf(stderr,
            "fundplan: cannot %s (%s).\n"
            "  The CBC solver library is needed to make a plan. On Debian or Ubuntu: "
            "sudo apt-get install coinor-libcbc3\n"
            "  De CBC-solverbibliotheek is nodig om een plan te maken. Op Debian of Ubuntu: "
            "sudo apt-get install coinor-libcbc3\n",
            what, detail != NULL ? detail : "unknown error");
    exit(127);
}

void *fp_cbc_symbol(const char *name) {
    pthread_once(&loaded, load_library);
    if (library == NULL) {
        fail("load libCbcSolver.so.3", dlerror());
    }
    void *symbol = dlsym(library, name);
    if (symbol == NULL) {
        fail("find a CBC function in libCbcSolver.so.3", name);
    }
    return symbol;
}
