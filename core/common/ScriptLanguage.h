#pragma once

namespace kotva {

/// The language of a text handed to the client. Independent of the UI language: a worker
/// with a Czech UI may need to give the English version to a client, and vice versa.
enum class ScriptLanguage { Czech, English };

/// How the client is addressed in Czech: vykání (formal "vy") or tykání (informal "ty"),
/// as the conversation goes; kept per contact (core/session) and followed by every script
/// and answer handed to the client. English has one form for both.
enum class Register { Formal, Informal };

} // namespace kotva
