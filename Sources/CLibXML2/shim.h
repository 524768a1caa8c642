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
#include <libxslt/documents.h>
#include <stdarg.h>
#include <stdio.h>

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

/* ---- libxslt ---- */

/* Collects libxslt's (variadic) error messages into a buffer owned by the caller. */
typedef struct fp_error_buffer {
    char *text;        /* owned by the Swift caller */
    size_t capacity;
    size_t used;
} fp_error_buffer;

static void fp_collect_error(void *context, const char *message, ...) {
    fp_error_buffer *buffer = (fp_error_buffer *)context;
    if (buffer == NULL || buffer->text == NULL || buffer->used + 1 >= buffer->capacity) return;
    va_list arguments;
    va_start(arguments, message);
    int written = vsnprintf(buffer->text + buffer->used, buffer->capacity - buffer->used, message, arguments);
    va_end(arguments);
    if (written > 0) {
        buffer->used += (size_t)written;
        if (buffer->used > buffer->capacity - 1) buffer->used = buffer->capacity - 1;
    }
}

/* Sends libxslt's process-wide errors (stylesheet compilation) to `buffer` (NULL: discard). */
static inline void fp_xslt_capture_global_errors(fp_error_buffer *buffer) {
    xsltSetGenericErrorFunc(buffer, fp_collect_error);
    xmlSetGenericErrorFunc(buffer, fp_collect_error);
}

/* Sends one transformation's errors to `buffer`. */
static inline void fp_xslt_capture_transform_errors(xsltTransformContextPtr context, fp_error_buffer *buffer) {
    xsltSetTransformErrorFunc(context, buffer, fp_collect_error);
}

/* The document loader libxslt uses for xsl:include, xsl:import and document(): like its
   default loader, but always with safe options (no entity substitution, no DTD loading, no
   network) whatever libxslt asks for. Resources come through xmlLoadExternalEntity, so the
   restrictive entity loader decides which files may be read at all. */
static xmlDocPtr fp_safe_document_loader(const xmlChar *uri, xmlDictPtr dictionary, int options, void *context, xsltLoadType type) {
    (void)options; (void)context; (void)type;
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (parser == NULL) return NULL;
    if (dictionary != NULL) {
        if (parser->dict != NULL) xmlDictFree(parser->dict);
        parser->dict = dictionary;
        xmlDictReference(dictionary);
    }
    xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_NOCDATA);
    xmlParserInputPtr input = xmlLoadExternalEntity((const char *)uri, NULL, parser);
    if (input == NULL) { xmlFreeParserCtxt(parser); return NULL; }
    inputPush(parser, input);
    if (parser->directory == NULL) parser->directory = xmlParserGetDirectory((const char *)uri);
    xmlParseDocument(parser);
    xmlDocPtr document = NULL;
    if (parser->wellFormed && parser->myDoc != NULL && parser->myDoc->intSubset == NULL) {
        document = parser->myDoc;
    } else if (parser->myDoc != NULL) {
        xmlFreeDoc(parser->myDoc);
    }
    parser->myDoc = NULL;
    xmlFreeParserCtxt(parser);
    return document;
}

static inline void fp_xslt_install_safe_loader(void) { xsltSetLoaderFunc(fp_safe_document_loader); }

/* Node fields used while converting an expanded subtree into Swift values. */
static inline long fp_lineOf(const xmlNode *node) { return xmlGetLineNo(node); }

#endif
