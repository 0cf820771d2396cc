#pragma once

#include "core/keys/PassphrasePolicy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kotva {

/// A rough, offline estimate of how hard a passphrase is to guess, for the hint under
/// the passphrase field. It only ever gives advice: the one hard rule is the minimum length.
class PassphraseStrength final
{
    Q_DECLARE_TR_FUNCTIONS(kotva::PassphraseStrength)
public:
    enum class Level { Empty, TooShort, Weak, Fair, Strong };

    /// The same rule the vault applies when a passphrase is set (code points, not bytes).
    static constexpr int MinimumLength = PassphrasePolicy::MinLength;

    [[nodiscard]] static Level evaluate(QStringView passphrase);
    /// Long enough to be accepted (a weak one is accepted with a warning).
    [[nodiscard]] static bool isAcceptable(Level level) { return level >= Level::Weak; }
    /// One short translated sentence for the hint label.
    [[nodiscard]] static QString describe(Level level);
    /// 0–4, for a meter.
    [[nodiscard]] static int score(Level level) { return static_cast<int>(level); }
};

} // namespace kotva
