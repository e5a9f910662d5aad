#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cxsync::sandbox::detail {

// The word lists SampleDataGenerator draws from; internal to sandbox/data. The order and content of every
// list are part of the generated output: changing one changes the generated worlds.

inline QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct NamePart {
    const char *text;
    const char *ascii; // lower-case ASCII transliteration, used for logons and addresses
};

struct Script {
    QList<NamePart> given;
    QList<NamePart> surnames;
};

// Person names by script: Latin (first; with and without diacritics), Cyrillic, Arabic, Hebrew, Japanese.
const QList<Script> &scripts();
// CRM resource users are named "<kind> <place>".
const QList<NamePart> &resourceKinds();
const QList<NamePart> &resourcePlaces();

const QStringList &plainSubjects();
const QStringList &unicodeSubjects();
const QStringList &rightToLeftSubjects();
const QStringList &sentences();
const QStringList &locations();
const QStringList &externalDomains();

// The Windows zone names items are in ("UTC" included). Index order matters: the fixed appointment cases walk
// through all of them.
const QStringList &zoneNames();

} // namespace cxsync::sandbox::detail
