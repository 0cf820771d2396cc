#pragma once

namespace kotva {

/// The language of a text handed to the client. Independent of the UI language: a worker
/// with a Czech UI may need to give the English version to a client, and vice versa.
enum class ScriptLanguage { Czech, English };

} // namespace kotva
