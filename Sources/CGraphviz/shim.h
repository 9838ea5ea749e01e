// The one header of the CGraphviz module: the installed Graphviz headers plus small
// `static inline` helpers that keep the Swift side free of C quirks. Never copy Graphviz
// headers into the repository; they drift from the installed library.
#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H

// No feature macros (such as _GNU_SOURCE) here: they would give system types other
// definitions than the ones Swift's Glibc and Dispatch modules see, and the modules clash.
#include <stdio.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
// Newer releases define GRAPHVIZ_VERSION_MAJOR here (2.42 has only PACKAGE_VERSION); all define
// GVPLUGIN_VERSION, the number in the plugin file names (libgvplugin_core.so.6).
#include <graphviz/graphviz_version.h>

/// Swift 6 rejects the C global `Agdirected` as not concurrency-safe; a copy is.
static inline Agdesc_t ng_directed(void) { return Agdirected; }

// In 2.42 these take `char *` although cgraph copies the strings and never writes them;
// the wrappers let Swift pass `String` directly.
static inline Agraph_t *ng_agopen(const char *name) { return agopen((char *)name, Agdirected, NULL); }

static inline Agnode_t *ng_agnode(Agraph_t *g, const char *name) { return agnode(g, (char *)name, 1); }

/// Creates a new edge every time (an anonymous edge in a non-strict graph), so two
/// relations between the same nodes stay two edges.
static inline Agedge_t *ng_agedge(Agraph_t *g, Agnode_t *tail, Agnode_t *head) {
    return agedge(g, tail, head, NULL, 1);
}

static inline Agsym_t *ng_agattr(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value);
}

static inline int ng_agsafeset(void *object, const char *name, const char *value) {
    // The last argument would become the default for every object of this kind: "".
    return agsafeset(object, (char *)name, (char *)value, (char *)"");
}

/// An attribute's value, or NULL when the attribute is not declared.
static inline char *ng_agget(void *object, const char *name) { return agget(object, (char *)name); }

static inline Agraph_t *ng_agsubg(Agraph_t *g, const char *name) { return agsubg(g, (char *)name, 1); }

/// Sets an HTML-like label. `html` is the markup without the outer `<` `>`; cgraph only
/// treats a value as HTML when it was made with `agstrdup_html`, so a plain `agsafeset`
/// of "<TABLE>..." would print the markup as text.
static inline int ng_set_html_label(void *object, const char *html) {
    Agraph_t *g = agraphof(object);
    char *value = agstrdup_html(g, (char *)html);
    if (value == NULL) return -1;
    int rc = agsafeset(object, (char *)"label", value, (char *)"");
    agstrfree(g, value);
    return rc;
}

/// `gvRenderData`'s length is `unsigned int *` in 2.x and `size_t *` from 13.0.
static inline int ng_render_data(GVC_t *gvc, Agraph_t *g, const char *format, char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int n = 0;
    int rc = gvRenderData(gvc, g, format, result, &n);
    *length = n;
    return rc;
#endif
}

/// Writes `g` as DOT into a malloc'd buffer (free it with `free`), through cgraph's own
/// writer, whose quoting is right by construction. Returns 0 on success.
static inline int ng_write_dot(Agraph_t *g, char **result, size_t *length) {
    *result = NULL;
    *length = 0;
    FILE *stream = open_memstream(result, length);
    if (stream == NULL) return -1;
    int rc = agwrite(g, stream);
    if (fclose(stream) != 0) rc = -1;
    return rc;
}

/// Graphviz's force-directed layouts draw from both `rand()` and `drand48()`, process-wide
/// state shared by every caller: seed both before each layout so equal input gives equal output.
static inline void ng_seed_random(unsigned int seed) {
    srand(seed);
    srand48((long)seed);
}

/// The plugin ABI number in plugin file names (`libgvplugin_core.so.6`).
static inline int ng_plugin_abi_version(void) { return GVPLUGIN_VERSION; }

#endif
