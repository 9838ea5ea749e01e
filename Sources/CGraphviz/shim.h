// The one header of the CGraphviz module: the installed Graphviz headers plus small
// `static inline` helpers that keep the Swift side free of C quirks. Never copy Graphviz
// headers into the repository; they drift from the installed library.
#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H

// No feature macros (such as _GNU_SOURCE) here: they would give system types other
// definitions than the ones Swift's Glibc and Dispatch modules see, and the modules clash.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <graphviz/gvc.h>
// Newer releases define GRAPHVIZ_VERSION_MAJOR here (2.42 has only PACKAGE_VERSION); all define
// GVPLUGIN_VERSION, the number in the plugin file names (libgvplugin_core.so.6).
#include <graphviz/graphviz_version.h>

/// Swift 6 rejects the C global `Agdirected` as not concurrency-safe; a copy is.
static inline Agdesc_t ng_directed(void) { return Agdirected; }

// Object ids in creation order. cgraph's default id discipline makes a named object's id the
// address of its interned name, and keeps subgraphs in id order: agwrite writes them, and dot
// lays out clusters, in the order malloc happened to place their names, which changed the DOT
// of a graph with several clusters from one run to the next. This discipline numbers names
// 2, 4, 6, ... as they are first seen (anonymous objects 1, 3, 5, ...), so the order is the order
// the renderer made them in. Nodes and edges are iterated in creation order either way.
typedef struct {
    Agraph_t *graph;  // the root graph, whose string dictionary holds the names
    char **names;     // names[i] has the id 2 * (i + 1): strings of the graph (agstrdup), since
                      // cgraph reads flags stored before them (aghtmlstr)
    size_t count, capacity;
    size_t *slots;    // open addressing over names: index + 1, or 0 for an empty slot
    size_t slotCount; // a power of two, at least twice count
    IDTYPE anonymous; // the next odd id
} ng_idstate;

static void *ng_idopen(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    ng_idstate *state = calloc(1, sizeof *state);
    if (state == NULL) return NULL;
    state->graph = g;
    state->anonymous = 1;
    return state;
}

static size_t ng_idhash(const char *text) {
    uint64_t hash = 1469598103934665603ULL; // FNV-1a
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) hash = (hash ^ *c) * 1099511628211ULL;
    return (size_t)hash;
}

/// The slot holding `text`, or the empty slot where it would go.
static size_t ng_idslot(const ng_idstate *state, const char *text) {
    size_t mask = state->slotCount - 1, slot = ng_idhash(text) & mask;
    while (state->slots[slot] != 0 && strcmp(state->names[state->slots[slot] - 1], text) != 0) slot = (slot + 1) & mask;
    return slot;
}

static int ng_idgrow(ng_idstate *state) {
    if (state->count == state->capacity) {
        size_t capacity = state->capacity ? state->capacity * 2 : 64;
        char **names = realloc(state->names, capacity * sizeof *names);
        if (names == NULL) return 0;
        state->names = names;
        state->capacity = capacity;
    }
    if ((state->count + 1) * 2 > state->slotCount) {
        size_t count = state->slotCount ? state->slotCount * 2 : 128;
        size_t *slots = calloc(count, sizeof *slots);
        if (slots == NULL) return 0;
        free(state->slots);
        state->slots = slots;
        state->slotCount = count;
        for (size_t i = 0; i < state->count; i++) state->slots[ng_idslot(state, state->names[i])] = i + 1;
    }
    return 1;
}

static long ng_idmap(void *opaque, int objtype, char *text, IDTYPE *id, int createflag) {
    (void)objtype;
    ng_idstate *state = opaque;
    if (text == NULL) {
        *id = state->anonymous;
        state->anonymous += 2;
        return 1;
    }
    if (state->slotCount != 0) {
        size_t slot = ng_idslot(state, text);
        if (state->slots[slot] != 0) {
            *id = 2 * (IDTYPE)state->slots[slot];
            return 1;
        }
    }
    if (!createflag || !ng_idgrow(state)) return 0;
    char *copy = agstrdup(state->graph, text);
    if (copy == NULL) return 0;
    state->names[state->count++] = copy;
    state->slots[ng_idslot(state, copy)] = state->count;
    *id = 2 * (IDTYPE)state->count;
    return 1;
}

static long ng_idalloc(void *state, int objtype, IDTYPE request) {
    (void)state;
    (void)objtype;
    (void)request;
    return 0; // as the default: no object is made with an id of the caller's choosing
}

static void ng_idfree(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id; // names live until the graph is closed: deleting an object keeps its id's name
}

static char *ng_idprint(void *opaque, int objtype, IDTYPE id) {
    (void)objtype;
    ng_idstate *state = opaque;
    if (id % 2 == 0 && id >= 2 && id / 2 <= state->count) return state->names[id / 2 - 1];
    return NULL;
}

static void ng_idclose(void *opaque) {
    ng_idstate *state = opaque;
    if (state == NULL) return;
    // The names go with the graph's string dictionary, which agclose frees next.
    free(state->names);
    free(state->slots);
    free(state);
}

static void ng_idregister(void *state, int objtype, void *object) {
    (void)state;
    (void)objtype;
    (void)object;
}

static Agiddisc_t ng_iddisc = {ng_idopen, ng_idmap, ng_idalloc, ng_idfree, ng_idprint, ng_idclose, ng_idregister};

// In 2.42 these take `char *` although cgraph copies the strings and never writes them;
// the wrappers let Swift pass `String` directly.
static inline Agraph_t *ng_agopen(const char *name) {
    static Agdisc_t discipline = {&AgMemDisc, &ng_iddisc, &AgIoDisc};
    return agopen((char *)name, Agdirected, &discipline);
}

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
