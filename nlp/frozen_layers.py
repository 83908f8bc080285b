"""e5's training recipe, the frozen part: embeddings and the lower encoder layers run once per
example and their outputs are cached; each training step runs only the upper layers and the head
on the cache (``nlp.seed_members.member_logits``). Used by ``nlp.training``; the recipe is
described there."""
from __future__ import annotations

CACHE_BATCH = 64  # examples per forward pass when caching the frozen part


def _layer_mask(bert, hidden, attention_mask):
    """The attention mask BertModel hands its layers (4-d, or None when sdpa needs none).

    transformers 5 builds it with the public ``masking_utils.create_bidirectional_mask``; the model's
    own private wrapper around it changed its signature within 5.x (5.25 added ``position_ids``), so
    it is not called. transformers 4 has ``get_extended_attention_mask``."""
    try:
        from transformers.masking_utils import create_bidirectional_mask
    except ImportError:  # transformers 4
        return bert.get_extended_attention_mask(attention_mask, attention_mask.shape)
    return create_bidirectional_mask(config=bert.config, inputs_embeds=hidden, attention_mask=attention_mask)


def mean_pool(hidden, attention_mask):
    """The mean of the hidden states over real tokens (e5's pretraining pooling)."""
    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)


def run_layers(bert, hidden, attention_mask, layers):
    """``layers`` (encoder layers of ``bert``, or a member's copies) on hidden states, as
    BertModel.forward runs its own."""
    mask = _layer_mask(bert, hidden, attention_mask)
    for layer in layers:
        out = layer(hidden, mask)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


def first_token_layer(layer, hidden, attention_mask):
    """A BertLayer's output at the first token only, [batch, 1, hidden]: what ``cls`` pooling reads
    of the last layer. Every token's key and value are still computed, but the query, the attention
    output and the feed-forward block run for one token instead of all, so the last layer costs
    about a sixth of a full one. Equal to the full layer's first row up to float rounding (tested)."""
    import torch.nn.functional as F

    attention = layer.attention.self
    batch, tokens, _ = hidden.shape
    heads, size = attention.num_attention_heads, attention.attention_head_size

    def split(x, n):
        return x.view(batch, n, heads, size).transpose(1, 2)

    first = hidden[:, :1]
    context = F.scaled_dot_product_attention(
        split(attention.query(first), 1), split(attention.key(hidden), tokens),
        split(attention.value(hidden), tokens), attn_mask=attention_mask[:, None, None, :].bool(),
        dropout_p=attention.dropout.p if layer.training else 0.0, scale=attention.scaling)
    attended = layer.attention.output(context.transpose(1, 2).reshape(batch, 1, heads * size), first)
    return layer.output(layer.intermediate(attended), attended)


def frozen_forward(bert, input_ids, attention_mask, layers: int):
    """Embeddings + the lower ``layers`` encoder layers: the part the e5 recipe freezes."""
    return run_layers(bert, bert.embeddings(input_ids=input_ids), attention_mask, bert.encoder.layer[:layers])


def pad_batch(torch, seqs: list, pad_value=0):
    """Right-pad 1-d id lists or 2-d [tokens, hidden] tensors into a batch plus its attention mask."""
    width = max(len(s) for s in seqs)
    mask = torch.zeros(len(seqs), width, dtype=torch.long)
    if isinstance(seqs[0], list):
        batch = torch.full((len(seqs), width), pad_value, dtype=torch.long)
        for i, s in enumerate(seqs):
            batch[i, : len(s)] = torch.tensor(s)
            mask[i, : len(s)] = 1
        return batch, mask
    batch = torch.zeros(len(seqs), width, seqs[0].shape[-1], dtype=torch.float32)
    for i, s in enumerate(seqs):
        batch[i, : len(s)] = s
        mask[i, : len(s)] = 1
    return batch, mask


def cache_frozen_states(torch, bert, input_ids: list[list[int]], layers: int, pad_id: int,
                        batch_size: int = CACHE_BATCH, dtype=None) -> list:
    """The frozen part's output for every example, computed once (eval mode, no grad, batched by
    length), one unpadded [tokens, hidden] tensor each. Real tokens never attend to padding, so a
    state does not depend on its batch neighbours beyond float rounding."""
    dtype = dtype or torch.float32
    order = sorted(range(len(input_ids)), key=lambda i: len(input_ids[i]))
    states: list = [None] * len(input_ids)
    was_training = bert.training
    bert.eval()
    with torch.no_grad():
        for i in range(0, len(order), batch_size):
            idx = order[i : i + batch_size]
            ids, mask = pad_batch(torch, [input_ids[j] for j in idx], pad_id)
            hidden = frozen_forward(bert, ids, mask, layers)
            for row, j in enumerate(idx):
                states[j] = hidden[row, : len(input_ids[j])].to(dtype).clone()
    bert.train(was_training)
    return states


def freeze_lower(model, layers: int, pooling: str) -> None:
    """Freeze embeddings and the lower ``layers``; the unused pooler too under mean pooling."""
    bert = model.base_model
    if not 0 <= layers <= len(bert.encoder.layer):
        raise ValueError(f"frozen_layers must be 0..{len(bert.encoder.layer)}, got {layers}")
    frozen = [bert.embeddings, *bert.encoder.layer[:layers]]
    if pooling == "mean" and getattr(bert, "pooler", None) is not None:
        frozen.append(bert.pooler)
    for module in frozen:
        for param in module.parameters():
            param.requires_grad_(False)
