#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H
#include <sqlite3.h>

/* SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import:
   binding text with it makes SQLite copy the bytes before the call returns. */
static inline sqlite3_destructor_type lede_sqlite_transient(void) {
    return (sqlite3_destructor_type)-1;
}
#endif
