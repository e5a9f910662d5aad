#include "Result.h"

#include "store/EnumNames.h"

namespace cxsync {

QString errorKindName(ErrorKind kind)
{
    return enumName(kind);
}

} // namespace cxsync
