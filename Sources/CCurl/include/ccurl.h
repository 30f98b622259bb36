#ifndef LEDE_CCURL_H
#define LEDE_CCURL_H
/* The few parts of libcurl's easy interface that Lede's fetcher uses, declared here rather than
   taken from <curl/curl.h>: the machine needs only the runtime library (libcurl.so.4), which
   this module opens with dlopen at first use, never the dev package.

   The numbers are libcurl's ABI, which curl never changes once released; they are those of
   curl's public include/curl/curl.h (checked against 7.88.1, Debian 12's libcurl4). An option's
   number is its type's base (LONG 0, OBJECTPOINT 10000, FUNCTIONPOINT 20000) plus its index. */

#include <stddef.h>

#define LEDE_CURLOPT_WRITEDATA        10001
#define LEDE_CURLOPT_URL              10002
#define LEDE_CURLOPT_ERRORBUFFER      10010
#define LEDE_CURLOPT_WRITEFUNCTION    20011
#define LEDE_CURLOPT_USERAGENT        10018
#define LEDE_CURLOPT_HTTPHEADER       10023
#define LEDE_CURLOPT_NOSIGNAL         99
#define LEDE_CURLOPT_ACCEPT_ENCODING  10102
#define LEDE_CURLOPT_TIMEOUT_MS       155
#define LEDE_CURLOPT_PROTOCOLS        181
#define LEDE_CURLOPT_REDIR_PROTOCOLS  182
#define LEDE_CURLOPT_MAXFILESIZE_LARGE 30117

#define LEDE_CURLPROTO_HTTP   1
#define LEDE_CURLPROTO_HTTPS  2

#define LEDE_CURLINFO_EFFECTIVE_URL  0x100001
#define LEDE_CURLINFO_RESPONSE_CODE  0x200002
#define LEDE_CURLINFO_CONTENT_TYPE   0x100012
#define LEDE_CURLINFO_OS_ERRNO       0x200019
#define LEDE_CURLINFO_REDIRECT_URL   0x10001F

/* CURLcode values the fetcher tells apart. */
#define LEDE_CURLE_OK                       0
#define LEDE_CURLE_COULDNT_RESOLVE_HOST     6
#define LEDE_CURLE_COULDNT_CONNECT          7
#define LEDE_CURLE_WRITE_ERROR              23  /* the write callback refused bytes */
#define LEDE_CURLE_OPERATION_TIMEDOUT       28
#define LEDE_CURLE_SSL_CONNECT_ERROR        35
#define LEDE_CURLE_PEER_FAILED_VERIFICATION 60
#define LEDE_CURLE_FILESIZE_EXCEEDED        63  /* Content-Length over MAXFILESIZE */
#define LEDE_CURLE_SSL_ISSUER_ERROR         83
#define LEDE_CURLE_SSL_INVALIDCERTSTATUS    91

/* CURL_ERROR_SIZE: the error buffer's size. */
#define LEDE_CURL_ERROR_SIZE 256

/* The write callback: bytes received; returning anything but size * count stops the transfer
   (CURLE_WRITE_ERROR). */
typedef size_t (*lede_curl_write_callback)(char *bytes, size_t size, size_t count, void *context);

/* NULL once libcurl is loaded and initialised (dlopen, then curl_global_init, once per process,
   whichever thread asks first); else why not, in one line. Every function below needs it NULL. */
const char *lede_curl_load_error(void);

void *lede_curl_easy_init(void);
void lede_curl_easy_cleanup(void *handle);
int lede_curl_easy_perform(void *handle);
const char *lede_curl_easy_strerror(int code);

/* curl_easy_setopt is variadic, which Swift cannot call: one typed wrapper per argument type. */
int lede_curl_setopt_long(void *handle, int option, long value);
int lede_curl_setopt_pointer(void *handle, int option, const void *value);
/* curl_off_t is a 64-bit integer on every platform libcurl builds for. */
int lede_curl_setopt_off_t(void *handle, int option, long long value);
int lede_curl_setopt_write_function(void *handle, lede_curl_write_callback callback);

/* curl_easy_getinfo, likewise. A string is libcurl's, valid until the handle's next transfer. */
int lede_curl_getinfo_long(void *handle, int info, long *value);
int lede_curl_getinfo_string(void *handle, int info, const char **value);

/* Header lists (struct curl_slist *, opaque here). */
void *lede_curl_slist_append(void *list, const char *line);
void lede_curl_slist_free_all(void *list);

#endif
