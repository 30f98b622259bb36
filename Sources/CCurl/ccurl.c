#include "ccurl.h"
#include <dlfcn.h>
#include <pthread.h>

/* libcurl's functions, found with dlsym. setopt and getinfo are variadic in curl.h; they are
   called here through pointers of the exact variadic type, so the C calling convention is kept. */
static struct {
    int (*global_init)(long flags);
    void *(*easy_init)(void);
    void (*easy_cleanup)(void *);
    int (*easy_perform)(void *);
    const char *(*easy_strerror)(int);
    int (*easy_setopt)(void *, int, ...);
    int (*easy_getinfo)(void *, int, ...);
    void *(*slist_append)(void *, const char *);
    void (*slist_free_all)(void *);
} curl;

static const char *load_error = "cannot fetch: libcurl not loaded";
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

#define CURL_GLOBAL_DEFAULT 3 /* CURL_GLOBAL_SSL | CURL_GLOBAL_WIN32 */

/* The library's name with its ABI version: 4 since libcurl 7.16 (2006). */
#ifdef __APPLE__
#define LIBCURL "libcurl.4.dylib"
#else
#define LIBCURL "libcurl.so.4"
#endif

static void load(void) {
    /* Never closed: libcurl stays for the life of the process, as if linked. */
    void *library = dlopen(LIBCURL, RTLD_NOW | RTLD_LOCAL);
    if (!library) { load_error = "cannot fetch: " LIBCURL " not found"; return; }
#define FIND(field, name) \
    if (!(*(void **)&curl.field = dlsym(library, name))) { load_error = "cannot fetch: " LIBCURL " lacks " name; return; }
    FIND(global_init, "curl_global_init")
    FIND(easy_init, "curl_easy_init")
    FIND(easy_cleanup, "curl_easy_cleanup")
    FIND(easy_perform, "curl_easy_perform")
    FIND(easy_strerror, "curl_easy_strerror")
    FIND(easy_setopt, "curl_easy_setopt")
    FIND(easy_getinfo, "curl_easy_getinfo")
    FIND(slist_append, "curl_slist_append")
    FIND(slist_free_all, "curl_slist_free_all")
#undef FIND
    /* curl_global_init is not thread-safe before libcurl 7.84: pthread_once makes it once. */
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != 0) { load_error = "cannot fetch: libcurl failed to start"; return; }
    load_error = NULL;
}

const char *lede_curl_load_error(void) {
    pthread_once(&load_once, load);
    return load_error;
}

void *lede_curl_easy_init(void) { return curl.easy_init(); }
void lede_curl_easy_cleanup(void *handle) { curl.easy_cleanup(handle); }
int lede_curl_easy_perform(void *handle) { return curl.easy_perform(handle); }
const char *lede_curl_easy_strerror(int code) { return curl.easy_strerror(code); }

int lede_curl_setopt_long(void *handle, int option, long value) {
    return curl.easy_setopt(handle, option, value);
}
int lede_curl_setopt_pointer(void *handle, int option, const void *value) {
    return curl.easy_setopt(handle, option, value);
}
int lede_curl_setopt_off_t(void *handle, int option, long long value) {
    return curl.easy_setopt(handle, option, value);
}
int lede_curl_setopt_write_function(void *handle, lede_curl_write_callback callback) {
    return curl.easy_setopt(handle, LEDE_CURLOPT_WRITEFUNCTION, callback);
}

int lede_curl_getinfo_long(void *handle, int info, long *value) {
    return curl.easy_getinfo(handle, info, value);
}
int lede_curl_getinfo_string(void *handle, int info, const char **value) {
    return curl.easy_getinfo(handle, info, value);
}

void *lede_curl_slist_append(void *list, const char *line) { return curl.slist_append(list, line); }
void lede_curl_slist_free_all(void *list) { curl.slist_free_all(list); }
