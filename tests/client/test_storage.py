"""Buckets, uploads and streams through the storage client, against the emulator."""

from __future__ import annotations

import hashlib
import io
import tarfile
import uuid

import pytest

from flamehub import HubAPIError


def test_bucket_lifecycle_upload_and_streams(storage, unique):
    bucket = storage.create_bucket(f"bucket-{unique}", region="eu-west")
    assert (bucket.name, bucket.region) == (f"bucket-{unique}", "eu-west")
    assert storage.get_bucket(bucket) == bucket
    assert bucket.id in [b.id for b in storage.find_buckets(filter={"name": f"bucket-{unique}"})]

    files = storage.upload_to_bucket(
        bucket,
        {"file_name": "main.py", "content": b"print('hi')\n", "content_type": "text/x-python"},
        {"file_name": "data/table.csv", "content": io.BytesIO(b"a,b\n1,2\n")},
        {"file_name": "notes.txt", "content": "text is sent as UTF-8 \u2713"},
    )
    by_path = {f.path: f for f in files}
    assert set(by_path) == {"main.py", "data/table.csv", "notes.txt"}
    table = by_path["data/table.csv"]
    assert (table.name, table.directory, table.size) == ("table.csv", "data", 8)
    assert table.hash == hashlib.sha256(b"data/table.csv").hexdigest()  # the Hub hashes the path
    assert storage.get_bucket_file(table).bucket.id == bucket.id
    assert len(storage.find_bucket_files(filter={"bucket_id": bucket.id})) == 3

    assert b"".join(storage.stream_bucket_file(table, chunk_size=3)) == b"a,b\n1,2\n"
    archive = b"".join(storage.stream_bucket_tarball(bucket))
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        assert sorted(tar.getnames()) == ["data/table.csv", "main.py", "notes.txt"]
        assert tar.extractfile("notes.txt").read() == "text is sent as UTF-8 \u2713".encode()

    for bucket_file in files:
        storage.delete_bucket_file(bucket_file)
    assert storage.find_bucket_files(filter={"bucket_id": bucket.id}) == []
    storage.delete_bucket(bucket)
    assert storage.get_bucket(bucket) is None


def test_stream_of_a_missing_file_raises_instead_of_yielding_an_error_body(storage):
    with pytest.raises(HubAPIError) as caught:
        storage.stream_bucket_file(uuid.uuid4())
    assert caught.value.status_code == 404


def test_upload_needs_content(storage, unique):
    bucket = storage.create_bucket(f"bucket-{unique}")
    with pytest.raises(ValueError, match=r"upload_to_bucket\(\): file 0 needs 'file_name'"):
        storage.upload_to_bucket(bucket, {"file_name": "empty.txt"})
    with pytest.raises(ValueError, match="at least one file"):
        storage.upload_to_bucket(bucket)
    storage.delete_bucket(bucket)


def test_uploading_the_same_path_again_is_a_conflict(storage, unique):
    bucket = storage.create_bucket(f"bucket-{unique}")
    storage.upload_to_bucket(bucket, {"file_name": "x.txt", "content": b"1"})
    with pytest.raises(HubAPIError) as caught:
        storage.upload_to_bucket(bucket, {"file_name": "x.txt", "content": b"2"})
    assert caught.value.status_code == 409


def test_a_bucket_is_found_by_name_too(storage, unique):
    bucket = storage.create_bucket(f"named-{unique}")
    assert storage.get_bucket(f"named-{unique}") == bucket
    stored = storage.upload_to_bucket(f"named-{unique}", {"file_name": "a.txt", "content": b"1"})
    assert stored[0].bucket_id == bucket.id
