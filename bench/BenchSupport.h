#pragma once

// Shared by the benchmark executables: percentiles over a sample of latencies, the process's peak resident
// set, and the one-line result format (`bench <name> key=value ...`, one line per figure, parseable with
// awk or a regex). Header-only; plain English, not translated (the output is for engineers and scripts).
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <sys/resource.h>

namespace cxsync::bench {

// Nearest-rank percentile (p in (0, 100]) of `values`; 0 for an empty sample.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

struct Summary {
    int count = 0;
    double p50 = 0, p90 = 0, p99 = 0, max = 0, mean = 0;

    static Summary of(const QList<double> &values)
    {
        Summary s;
        s.count = int(values.size());
        if (values.isEmpty())
            return s;
        s.p50 = percentile(values, 50);
        s.p90 = percentile(values, 90);
        s.p99 = percentile(values, 99);
        s.max = *std::max_element(values.cbegin(), values.cend());
        double sum = 0;
        for (double v : values)
            sum += v;
        s.mean = sum / double(values.size());
        return s;
    }
};

// Peak resident set of this process so far, in KiB (Linux: ru_maxrss is in KiB).
inline long peakRssKib()
{
    rusage usage{};
    return getrusage(RUSAGE_SELF, &usage) == 0 ? usage.ru_maxrss : 0;
}

// Current resident set in KiB (VmRSS from /proc/self/status; 0 where that does not exist).
inline long currentRssKib()
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    long kib = 0;
    while (std::fgets(line, sizeof line, f)) {
        if (std::sscanf(line, "VmRSS: %ld kB", &kib) == 1)
            break;
    }
    std::fclose(f);
    return kib;
}

inline QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 0);
}

// Prints one result line: "bench <name> k1=v1 k2=v2 ...", flushed at once so a crash keeps what came before.
inline void line(const QString &name, const QStringList &fields)
{
    QTextStream out(stdout);
    out << "bench " << name;
    for (const QString &f : fields)
        out << ' ' << f;
    out << Qt::endl;
}

// "PASS <what> (<detail>)" or "FAIL ...": one line per target; returns whether it passed.
inline bool verdict(bool passed, const QString &what, const QString &detail)
{
    QTextStream out(stdout);
    out << (passed ? "PASS " : "FAIL ") << what << " (" << detail << ')' << Qt::endl;
    return passed;
}

// Plain progress for the reader, on stderr so stdout stays machine-readable.
inline void note(const QString &text)
{
    QTextStream err(stderr);
    err << "# " << text << Qt::endl;
}

} // namespace cxsync::bench
