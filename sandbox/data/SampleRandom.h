#pragma once

#include <QList>
#include <QtGlobal>

#include <initializer_list>
#include <random>

namespace cxsync::sandbox::detail {

// The seeded draws behind SampleDataGenerator; internal to sandbox/data. std::mt19937_64's output is fixed by
// the standard; the distributions are not, so draws are done here.
class SampleRandom final {
public:
    explicit SampleRandom(quint64 seed) : m_engine(seed) {}

    // Uniform in [0, n) for n > 0, unbiased (values below 2^64 mod n are rejected).
    quint64 below(quint64 n)
    {
        const quint64 threshold = (quint64(0) - n) % n;
        quint64 x = m_engine();
        while (x < threshold)
            x = m_engine();
        return x % n;
    }
    // Uniform in [lo, hi].
    int range(int lo, int hi) { return lo + int(below(quint64(qint64(hi) - lo) + 1)); }
    bool percent(int p) { return below(100) < quint64(p); }
    // An index drawn with the given relative weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int x = int(below(quint64(total)));
        int index = 0;
        for (int w : weights) {
            if (x < w)
                return index;
            x -= w;
            ++index;
        }
        return index - 1;
    }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(below(quint64(list.size()))));
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace cxsync::sandbox::detail
