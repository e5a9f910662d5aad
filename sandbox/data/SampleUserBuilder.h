#pragma once

#include "SampleData.h"
#include "SampleRandom.h"
#include "SampleVocabulary.h"

#include <QSet>
#include <QString>

namespace cxsync::sandbox::detail {

// Adds the users of a sample world (SampleDataGenerator::generate): the special people first, in priority
// order, then random ones with unique names; see SampleDataGenerator.h. Internal to sandbox/data.
class SampleUserBuilder final {
public:
    SampleUserBuilder(SampleRandom &rng, SampleData &data) : m_rng(rng), m_data(data) {}

    void build(int count);

private:
    enum class Category {
        Sync,
        ByEmail,
        ByNameOnly,
        ByAlias,
        ExchangeOnly,
        CrmOnly,
        DisabledExchange,
        Ambiguous,
        CrmResource,
        DisabledCrm,
    };

    void addSync();
    void addRandom();
    void add(Category category, NamePart given, NamePart surname, bool allowDuplicateName = false);
    void addWith(Category category, const QString &given, const QString &givenAscii, const QString &surname,
                 const QString &surnameAscii, bool allowDuplicateName);
    QString nextKey() const;
    QString uniqueLogon(const QString &base);
    // A new address (compared case-insensitively with every address handed out so far).
    QString reserveAddress(const QString &local, const QString &domain);
    QString caseVariant(const QString &address);

    SampleRandom &m_rng;
    SampleData &m_data;
    QSet<QString> m_names;
    QSet<QString> m_logons;
    QSet<QString> m_addresses;
};

} // namespace cxsync::sandbox::detail
