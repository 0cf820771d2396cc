#pragma once

#include "ui/shell/Prompter.h"

#include <QList>

#include <deque>

namespace kotva::test {

/// Answers decisions from a script and remembers what was asked, so tests see every
/// modal question the user would have seen.
class ScriptedPrompter final : public Prompter
{
public:
    bool confirm(QWidget*, const Decision& decision) override
    {
        asked.append(decision);
        if (answers.empty())
            return false; // an unexpected question is answered with the safe choice
        const bool answer = answers.front();
        answers.pop_front();
        return answer;
    }

    std::deque<bool> answers;
    QList<Decision> asked;
};

} // namespace kotva::test
