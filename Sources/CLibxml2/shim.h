// libxml2's HTML parser (Debian: libxml2-dev, headers under /usr/include/libxml2).
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers clash with the copy Foundation carries.
// Lede never uses libxml2's ICU converters (it converts with iconv first), so they stay out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
