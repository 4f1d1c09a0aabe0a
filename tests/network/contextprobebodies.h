#pragma once
// Response bodies for tst_contextprobe, built from each server's documented shape (the test
// cites the source per row). Kept apart so moc never has to read raw string literals.
#include <QByteArray>

inline const QByteArray kBody0
    = R"({"object":"list","data":[{"id":"Qwen/Qwen3-8B","object":"model","created":1735689600,"owned_by":"vllm","root":"/models/Qwen3-8B","parent":null,"max_model_len":8192,"permission":[{"id":"modelperm-1","object":"model_permission","allow_sampling":true}]}]})";
inline const QByteArray kBody1
    = R"({"data":[{"id":"mistralai/mistral-7b","name":"Mistral 7B","context_length":32768},{"id":"openai/gpt-4o","canonical_slug":"openai/gpt-4o","name":"OpenAI: GPT-4o","created":1715558400,"context_length":128000,"architecture":{"modality":"text+image->text","tokenizer":"GPT"},"pricing":{"prompt":"0.0000025","completion":"0.00001"},"top_provider":{"context_length":128000,"max_completion_tokens":16384,"is_moderated":true}}]})";
inline const QByteArray kBody2
    = R"({"data":[{"id":"qwen2-vl-7b-instruct","object":"model","owned_by":"organization_owner"}],"object":"list"})";
inline const QByteArray kBody3
    = R"({"id":"qwen2-vl-7b-instruct","object":"model","type":"vlm","publisher":"mlx-community","arch":"qwen2_vl","compatibility_type":"mlx","quantization":"4bit","state":"not-loaded","max_context_length":32768})";
inline const QByteArray kBody4
    = R"({"modelfile":"FROM llama3.2","parameters":"stop                           \"<|eot_id|>\"","template":"{{ .Prompt }}","details":{"parent_model":"","format":"gguf","family":"llama","families":["llama"],"parameter_size":"3.2B","quantization_level":"Q4_K_M"},"model_info":{"general.architecture":"llama","general.parameter_count":3212749888,"llama.context_length":131072,"llama.embedding_length":3072},"capabilities":["completion","tools"]})";
inline const QByteArray kBody5
    = R"({"parameters":"num_ctx                        16384\nstop                           \"<|eot_id|>\"","model_info":{"general.architecture":"llama","llama.context_length":131072}})";
inline const QByteArray kBody6
    = R"({"name":"models/gemini-2.0-flash","version":"2.0","displayName":"Gemini 2.0 Flash","description":"Gemini 2.0 Flash","inputTokenLimit":1048576,"outputTokenLimit":8192,"supportedGenerationMethods":["generateContent","countTokens"],"temperature":1,"topP":0.95,"topK":40,"maxTemperature":2})";
inline const QByteArray kBody7 = R"({"error":"not found"})";
inline const QByteArray kBody8 = R"({"input_tokens":19})";
inline const QByteArray kBody9
    = R"({"totalTokens":13,"promptTokensDetails":[{"modality":"TEXT","tokenCount":13}]})";
