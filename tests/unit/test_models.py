"""Models built from the registry: decoding the Hub's recorded bodies, dumps, repr, equality."""

from __future__ import annotations

import datetime
import json
import uuid
from pathlib import Path

import msgspec
import pytest

from flamehub import get_field_names, get_includable_names
from flamehub.models import UNSET, default_models
from flamehub.registry import default_registry

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "hub-samples"
MODELS = default_models()
BY_PATH = {(spec.client, spec.path): spec for spec in default_registry().resources.values()}


def recorded_entity_bodies():
    """(sample name, model name, JSON body) for every successful entity or list sample."""
    for path in sorted(SAMPLES.glob("*.json")):
        client, resource_path, rest = path.name.split(".", 2)
        spec = BY_PATH.get((client, resource_path))
        sample = json.loads(path.read_text())
        body = sample["body"]
        if spec is None or not 200 <= sample["status"] < 300 or not isinstance(body, dict):
            continue
        if "fields-restrict" in rest:  # the caller asked for fewer columns than the model has
            continue
        yield pytest.param(spec.model, body, id=path.name)


@pytest.mark.parametrize(("model", "body"), list(recorded_entity_bodies()))
def test_every_recorded_hub_body_decodes_into_its_model(model, body):
    encoded = json.dumps(body).encode()
    if "data" in body and "meta" in body:
        envelope = MODELS.list_decoder(model).decode(encoded)
        assert len(envelope.data) <= envelope.meta.total
    else:
        MODELS.decoder(model).decode(encoded)


NODE_BODY = {
    "id": "2f8fc7df-d5ff-484c-bfed-76b8f3c43afd",
    "name": "my-node-42",
    "external_name": None,
    "hidden": False,
    "type": "default",
    "online": False,
    "realm_id": "794f2375-f043-4789-bd0c-e5534e8deeaa",
    "robot_id": "aa5ac17b-f50e-4125-95a4-a654316baf95",
    "created_at": "2025-05-12T09:44:08.284Z",
    "updated_at": "2025-05-12T09:44:08.284Z",
    "a_key_from_a_newer_hub": 1,
}


def decode_node(body=NODE_BODY):
    return MODELS.decoder("Node").decode(json.dumps(body))


def test_decoding_types_ids_dates_and_fills_missing_nullable_keys():
    node = decode_node()
    assert node.id == uuid.UUID(NODE_BODY["id"])
    assert node.created_at == datetime.datetime(
        2025, 5, 12, 9, 44, 8, 284000, tzinfo=datetime.timezone.utc
    )
    assert node.public_key is None  # absent from the body, nullable
    assert node.registry is None  # an include that was not sent
    assert not hasattr(node, "a_key_from_a_newer_hub")


def test_enumerated_fields_reject_unknown_values():
    with pytest.raises(msgspec.ValidationError, match=r"\$\.type"):
        decode_node({**NODE_BODY, "type": "supernode"})


def test_models_compare_by_value():
    assert decode_node() == decode_node()
    assert decode_node() != decode_node({**NODE_BODY, "name": "other"})


def test_model_dump_json_keeps_declaration_order_and_snake_case():
    dumped = json.loads(decode_node().model_dump_json(indent=2))
    declared = [name for name in MODELS.classes["Node"].__struct_fields__]
    assert list(dumped) == declared
    assert dumped["created_at"] == "2025-05-12T09:44:08.284000Z"


def test_model_dump_python_mode_keeps_python_values_and_nests_models():
    registry_body = {
        "id": str(uuid.uuid4()),
        "name": "reg",
        "host": "harbor.example",
        "account_name": None,
        "created_at": "2025-05-12T09:44:08.284Z",
        "updated_at": "2025-05-12T09:44:08.284Z",
    }
    node = decode_node({**NODE_BODY, "registry": registry_body})
    dumped = node.model_dump()
    assert dumped["id"] == node.id
    assert dumped["registry"]["host"] == "harbor.example"
    assert "public_key" not in node.model_dump(exclude_none=True)


def test_update_model_dump_leaves_out_unset_and_keeps_explicit_none():
    update = MODELS.classes["UpdateNode"](hidden=False, external_name=None, type=UNSET)
    dumped = json.loads(update.model_dump_json(indent=2, exclude_none=False, exclude_unset=True))
    assert dumped == {"hidden": False, "external_name": None}


def test_repr_masks_secrets_and_shows_fields():
    robot = MODELS.decoder("Robot").decode(
        json.dumps(
            {
                "id": str(uuid.uuid4()),
                "name": "system",
                "secret": "s3cr3t-value",
                "realm_id": str(uuid.uuid4()),
                "active": True,
                "created_at": "2025-05-12T09:44:08.284Z",
                "updated_at": "2025-05-12T09:44:08.284Z",
            }
        )
    )
    text = repr(robot)
    assert text.startswith("Robot(")
    assert "name='system'" in text
    assert "secret='***'" in text
    assert "s3cr3t-value" not in text and "s3cr3t-value" not in str(robot)


def test_field_and_include_names():
    assert get_field_names(MODELS.classes["Robot"]) == ("secret",)
    assert get_includable_names(MODELS.classes["User"]) == ("realm",)
    assert get_field_names(MODELS.classes["Node"]) == ()


def test_repr_leads_with_id_and_name():
    assert repr(decode_node()).startswith(f"Node(id=UUID('{NODE_BODY['id']}'), name='my-node-42', ")


def test_model_dump_include_exclude_and_defaults_like_pydantic():
    registry_body = {
        "id": str(uuid.uuid4()),
        "name": "reg",
        "host": "harbor.example",
        "account_name": None,
        "created_at": "2025-05-12T09:44:08.284Z",
        "updated_at": "2025-05-12T09:44:08.284Z",
    }
    node = decode_node({**NODE_BODY, "registry": registry_body})
    assert node.model_dump(include={"name", "hidden"}) == {"hidden": False, "name": "my-node-42"}
    assert "registry" not in node.model_dump(exclude={"registry"})
    nested = node.model_dump(include={"name": True, "registry": {"host"}})
    assert nested == {"name": "my-node-42", "registry": {"host": "harbor.example"}}
    trimmed = node.model_dump(exclude={"registry": {"id", "created_at", "updated_at"}})
    assert set(trimmed["registry"]) == {"name", "host", "account_name", "account_secret"}
    assert "public_key" not in node.model_dump(exclude_defaults=True)  # None is its default
    assert json.loads(node.model_dump_json(include={"id"})) == {"id": NODE_BODY["id"]}
    assert node.model_dump(by_alias=True) == node.model_dump()


def test_model_fields_name_every_field_with_its_type():
    fields = MODELS.classes["Node"].model_fields
    assert list(fields) == list(MODELS.classes["Node"].__struct_fields__)
    assert fields["id"].type is uuid.UUID
