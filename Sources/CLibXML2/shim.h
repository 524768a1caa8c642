#ifndef FUNDINGPLANNER_CLIBXML2_SHIM_H
#define FUNDINGPLANNER_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU, and libxml/encoding.h then includes the system's ICU headers,
   which clash with the ICU copy inside Foundation. We never use ICU-dependent struct fields
   (xmlCharEncodingHandler's converters), so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlsave.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/security.h>
#include <libxslt/xsltutils.h>

/* xmlFree is a global function pointer: Swift 6 rejects it as not concurrency-safe. */
static inline void fp_xmlFree(void *pointer) { xmlFree(pointer); }

/* libxml2's generic error callback is variadic, which Swift cannot implement: keep it here.
   Every error we care about arrives through structured handlers instead. */
static void fp_discardGenericError(void *context, const char *message, ...) {
    (void)context; (void)message;
}

/* The generic handler is per thread in libxml2: call this on every thread that parses. */
static inline void fp_silenceGenericErrors(void) {
    xmlSetGenericErrorFunc(NULL, fp_discardGenericError);
    xmlThrDefSetGenericErrorFunc(NULL, fp_discardGenericError);
}

/* Node fields used while converting an expanded subtree into Swift values. */
static inline long fp_lineOf(const xmlNode *node) { return xmlGetLineNo(node); }

#endif
