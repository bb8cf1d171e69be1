# Generated from resources.yaml by `python -m flamehub.stubgen`; do not edit by hand.
# Regenerate after editing resources.yaml: tests/test_stubs.py fails while this is stale.

import logging
from collections.abc import Sequence
from typing import Any, ClassVar, Literal, overload
from uuid import UUID

import requests
from typing_extensions import Self
from urllib3.util.retry import Retry

import flamehub.registry
from flamehub.auth import PasswordAuth, RobotAuth
from flamehub.methods import ResponseStream
from flamehub.models import (
    UNSET,
    Analysis,
    AnalysisBucket,
    AnalysisBucketFile,
    AnalysisNode,
    Bucket,
    BucketFile,
    Event,
    Log,
    MasterImage,
    MasterImageCommandArgument,
    MasterImageEventLog,
    MasterImageGroup,
    ModelSet,
    Node,
    Permission,
    Project,
    ProjectNode,
    Realm,
    Registry,
    RegistryProject,
    ResourceListMeta,
    Robot,
    RobotPermission,
    RobotRole,
    Role,
    RolePermission,
    UnsetType,
    User,
    UserPermission,
    UserRole,
)
from flamehub.types import (
    AnalysisBucketType,
    AnalysisCommand,
    AnalysisNodeApprovalStatus,
    AnalysisNodeRunStatus,
    FieldParams,
    FilterParams,
    LogLevel,
    NodeType,
    PageParams,
    ProjectNodeApprovalStatus,
    RegistryCommand,
    RegistryProjectType,
    SortParams,
    UploadFile,
)

__all__ = ["AuthClient", "BaseClient", "ClientMeta", "CoreClient", "StorageClient"]

log: logging.Logger
DEFAULT_BASE_URLS: dict[str, str]
DEFAULT_TIMEOUT: tuple[float, float]
DEFAULT_RETRIES: int

def retry_policy(retries: int | Retry | None) -> Retry: ...

class ClientMeta(type):
    def __new__(
        mcls,
        name: str,
        bases: tuple[type, ...],
        namespace: dict[str, Any],
        service: str | None = None,
        registry: flamehub.registry.Registry | None = None,
        **kwargs: Any,
    ) -> ClientMeta: ...

class BaseClient(metaclass=ClientMeta):
    service: ClassVar[str]
    registry: ClassVar[flamehub.registry.Registry]
    models: ClassVar[ModelSet]
    default_base_url: ClassVar[str]
    synthesized_methods: ClassVar[tuple[str, ...]]
    base_url: str
    auth: PasswordAuth | RobotAuth | None
    timeout: float | tuple[float, float]
    session: requests.Session
    def __init__(
        self,
        base_url: str | None = None,
        auth: PasswordAuth | RobotAuth | None = None,
        client: requests.Session | None = None,
        *,
        timeout: float | tuple[float, float] = ...,
        retries: int | Retry | None = ...,
        verify: bool | str = True,
    ) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, *exc_info: object) -> None: ...
    def _request(
        self,
        method: str,
        path: str,
        *,
        query: str = "",
        body: bytes | None = None,
        files: Any = None,
        expected: tuple[int, ...] = ...,
        allow_404: bool = False,
        stream: bool = False,
    ) -> requests.Response: ...

class AuthClient(BaseClient):
    """The Hub's auth API: realms, users, robots, permissions, roles and their links."""

    def get_realm(
        self,
        realm_id: str | UUID | Realm,
        *,
        fields: FieldParams | None = None,
    ) -> Realm | None:
        """Get one Realm by its id: GET /realms/{id} (auth API).

        A tenant of the Hub; every user, robot and node belongs to one.

        Args:
            realm_id: the Realm to get, or its id (a UUID or its string) or name.
            fields: names of optional fields to add; Realm has none.

        Returns:
            Realm | None: the Realm, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a Realm).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_realms(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Realm]:
        """Get the first 50 realms: GET /realms (auth API).

        Use find_realms to filter, sort or page.

        Args:
            fields: names of optional fields to add; Realm has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Realm]: the realms; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Realm).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_realms(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Realm], ResourceListMeta]: ...
    @overload
    def get_realms(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Realm] | tuple[list[Realm], ResourceListMeta]: ...
    @overload
    def find_realms(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Realm]:
        """Find realms: GET /realms (auth API).

        A tenant of the Hub; every user, robot and node belongs to one.

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, display_name,
                built_in.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, name, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; Realm has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Realm]: the realms; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Realm).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_realms(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Realm], ResourceListMeta]: ...
    @overload
    def find_realms(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Realm] | tuple[list[Realm], ResourceListMeta]: ...
    def create_realm(
        self,
        name: str,
        display_name: str | None = None,
        description: str | None = None,
    ) -> Realm:
        """Create a Realm: POST /realms (auth API).

        A tenant of the Hub; every user, robot and node belongs to one.

        Args:
            name: str; required.
            display_name: str, or None; default None.
            description: str, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            Realm: the created Realm, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Realm).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_realm(
        self,
        realm_id: str | UUID | Realm,
        name: str | UnsetType = UNSET,
        display_name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
    ) -> Realm:
        """Update a Realm: POST /realms/{id} (auth API).

        A tenant of the Hub; every user, robot and node belongs to one.

        Args:
            realm_id: the Realm to update, or its id (a UUID or its string).
            name: str.
            display_name: str, or None.
            description: str, or None.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            Realm: the updated Realm, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Realm).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_realm(self, realm_id: str | UUID | Realm) -> None:
        """Delete a Realm: DELETE /realms/{id} (auth API).

        A tenant of the Hub; every user, robot and node belongs to one.

        Args:
            realm_id: the Realm to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                Realm with that id (HubResponseError: an answer that could not be read as a
                Realm).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_user(
        self,
        user_id: str | UUID | User,
        *,
        fields: FieldParams | None = None,
    ) -> User | None:
        """Get one User by its id: GET /users/{id} (auth API).

        A person's account in a realm.

        Nested resources included (requested with include=, one level deep): realm (Realm).

        Args:
            user_id: the User to get, or its id (a UUID or its string) or name.
            fields: names of optional fields to add: email.

        Returns:
            User | None: the User, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as an User).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_users(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[User]:
        """Get the first 50 users: GET /users (auth API).

        Use find_users to filter, sort or page. Nested resources included (requested with
        include=, one level deep): realm (Realm).

        Args:
            fields: names of optional fields to add: email.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[User]: the users; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an User).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_users(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[User], ResourceListMeta]: ...
    @overload
    def get_users(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[User] | tuple[list[User], ResourceListMeta]: ...
    @overload
    def find_users(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[User]:
        """Find users: GET /users (auth API).

        A person's account in a realm.

        Nested resources included (requested with include=, one level deep): realm (Realm).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, realm_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, name, display_name, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add: email.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[User]: the users; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an User).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_users(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[User], ResourceListMeta]: ...
    @overload
    def find_users(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[User] | tuple[list[User], ResourceListMeta]: ...
    def create_user(
        self,
        name: str,
        display_name: str | None = None,
        email: str | None = None,
        active: bool = True,
        name_locked: bool = True,
        first_name: str | None = None,
        last_name: str | None = None,
        password: str | None = None,
        realm_id: str | UUID | Realm | None = None,
    ) -> User:
        """Create a User: POST /users (auth API).

        A person's account in a realm.

        Args:
            name: str; required.
            display_name: str, or None; default None.
            email: str, or None; default None.
            active: bool; default True.
            name_locked: bool; default True.
            first_name: str, or None; default None.
            last_name: str, or None; default None.
            password: str, or None; default None.
            realm_id: a Realm or its id; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            User: the created User, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an User).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_user(
        self,
        user_id: str | UUID | User,
        name: str | UnsetType = UNSET,
        display_name: str | None | UnsetType = UNSET,
        email: str | None | UnsetType = UNSET,
        active: bool | UnsetType = UNSET,
        name_locked: bool | UnsetType = UNSET,
        first_name: str | None | UnsetType = UNSET,
        last_name: str | None | UnsetType = UNSET,
        password: str | None | UnsetType = UNSET,
    ) -> User:
        """Update a User: POST /users/{id} (auth API).

        A person's account in a realm.

        Args:
            user_id: the User to update, or its id (a UUID or its string).
            name: str.
            display_name: str, or None.
            email: str, or None.
            active: bool.
            name_locked: bool.
            first_name: str, or None.
            last_name: str, or None.
            password: str, or None.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            User: the updated User, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an User).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_user(self, user_id: str | UUID | User) -> None:
        """Delete a User: DELETE /users/{id} (auth API).

        A person's account in a realm.

        Args:
            user_id: the User to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                User with that id (HubResponseError: an answer that could not be read as an
                User).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_robot(
        self,
        robot_id: str | UUID | Robot,
        *,
        fields: FieldParams | None = None,
    ) -> Robot | None:
        """Get one Robot by its id: GET /robots/{id} (auth API).

        A machine account that authenticates with its id and secret.

        Nested resources included (requested with include=, one level deep): user (User), realm
        (Realm).

        Args:
            robot_id: the Robot to get, or its id (a UUID or its string) or name.
            fields: names of optional fields to add: secret.

        Returns:
            Robot | None: the Robot, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a Robot).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_robots(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Robot]:
        """Get the first 50 robots: GET /robots (auth API).

        Use find_robots to filter, sort or page. Nested resources included (requested with
        include=, one level deep): user (User), realm (Realm).

        Args:
            fields: names of optional fields to add: secret.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Robot]: the robots; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Robot).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_robots(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Robot], ResourceListMeta]: ...
    @overload
    def get_robots(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Robot] | tuple[list[Robot], ResourceListMeta]: ...
    @overload
    def find_robots(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Robot]:
        """Find robots: GET /robots (auth API).

        A machine account that authenticates with its id and secret.

        Nested resources included (requested with include=, one level deep): user (User), realm
        (Realm).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, realm_id,
                user_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, realm_id, user_id, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add: secret.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Robot]: the robots; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Robot).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_robots(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Robot], ResourceListMeta]: ...
    @overload
    def find_robots(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Robot] | tuple[list[Robot], ResourceListMeta]: ...
    def create_robot(
        self,
        name: str,
        realm_id: str | UUID | Realm,
        secret: str | None,
        display_name: str | None = None,
        description: str | None = None,
        active: bool | None = None,
        user_id: str | UUID | User | None = None,
    ) -> Robot:
        """Create a Robot: POST /robots (auth API).

        A machine account that authenticates with its id and secret.

        Args:
            name: str; required.
            realm_id: a Realm or its id; required.
            secret: str, or None; required.
            display_name: str, or None; default None.
            description: str, or None; default None.
            active: bool; default None.
            user_id: an User or its id, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            Robot: the created Robot, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Robot).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_robot(
        self,
        robot_id: str | UUID | Robot,
        name: str | UnsetType = UNSET,
        display_name: str | None | UnsetType = UNSET,
        realm_id: str | UUID | Realm | UnsetType = UNSET,
        secret: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        active: bool | UnsetType = UNSET,
        user_id: str | UUID | User | None | UnsetType = UNSET,
    ) -> Robot:
        """Update a Robot: POST /robots/{id} (auth API).

        A machine account that authenticates with its id and secret.

        Args:
            robot_id: the Robot to update, or its id (a UUID or its string).
            name: str.
            display_name: str, or None.
            realm_id: a Realm or its id; the Hub ignores it on update.
            secret: str, or None.
            description: str, or None.
            active: bool.
            user_id: an User or its id, or None.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            Robot: the updated Robot, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Robot).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_robot(self, robot_id: str | UUID | Robot) -> None:
        """Delete a Robot: DELETE /robots/{id} (auth API).

        A machine account that authenticates with its id and secret.

        Args:
            robot_id: the Robot to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                Robot with that id (HubResponseError: an answer that could not be read as a
                Robot).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_permission(
        self,
        permission_id: str | UUID | Permission,
        *,
        fields: FieldParams | None = None,
    ) -> Permission | None:
        """Get one Permission by its id: GET /permissions/{id} (auth API).

        A named right (for example node_create) that roles, users and robots hold.

        Args:
            permission_id: the Permission to get, or its id (a UUID or its string) or name.
            fields: names of optional fields to add; Permission has none.

        Returns:
            Permission | None: the Permission, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a Permission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Permission]:
        """Get the first 50 permissions: GET /permissions (auth API).

        Use find_permissions to filter, sort or page.

        Args:
            fields: names of optional fields to add; Permission has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Permission]: the permissions; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Permission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Permission], ResourceListMeta]: ...
    @overload
    def get_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Permission] | tuple[list[Permission], ResourceListMeta]: ...
    @overload
    def find_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Permission]:
        """Find permissions: GET /permissions (auth API).

        A named right (for example node_create) that roles, users and robots hold.

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, display_name,
                built_in.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, name, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; Permission has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Permission]: the permissions; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Permission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Permission], ResourceListMeta]: ...
    @overload
    def find_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Permission] | tuple[list[Permission], ResourceListMeta]: ...
    def create_permission(
        self,
        name: str,
        display_name: str | None = None,
        description: str | None = None,
        realm_id: str | UUID | Realm | None = None,
        client_id: str | UUID | None = None,
        policy_id: str | UUID | None = None,
    ) -> Permission:
        """Create a Permission: POST /permissions (auth API).

        A named right (for example node_create) that roles, users and robots hold.

        Args:
            name: str; required.
            display_name: str, or None; default None.
            description: str, or None; default None.
            realm_id: a Realm or its id, or None; default None.
            client_id: UUID, or None; default None.
            policy_id: UUID, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            Permission: the created Permission, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Permission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_permission(
        self,
        permission_id: str | UUID | Permission,
        name: str | UnsetType = UNSET,
        display_name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        realm_id: str | UUID | Realm | None | UnsetType = UNSET,
        client_id: str | UUID | None | UnsetType = UNSET,
        policy_id: str | UUID | None | UnsetType = UNSET,
    ) -> Permission:
        """Update a Permission: POST /permissions/{id} (auth API).

        A named right (for example node_create) that roles, users and robots hold.

        Args:
            permission_id: the Permission to update, or its id (a UUID or its string).
            name: str.
            display_name: str, or None.
            description: str, or None.
            realm_id: a Realm or its id, or None; the Hub ignores it on update.
            client_id: UUID, or None.
            policy_id: UUID, or None.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            Permission: the updated Permission, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Permission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_permission(self, permission_id: str | UUID | Permission) -> None:
        """Delete a Permission: DELETE /permissions/{id} (auth API).

        A named right (for example node_create) that roles, users and robots hold.

        Args:
            permission_id: the Permission to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                Permission with that id (HubResponseError: an answer that could not be read as a
                Permission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_role(
        self,
        role_id: str | UUID | Role,
        *,
        fields: FieldParams | None = None,
    ) -> Role | None:
        """Get one Role by its id: GET /roles/{id} (auth API).

        A named set of permissions that users and robots can be given.

        Args:
            role_id: the Role to get, or its id (a UUID or its string) or name.
            fields: names of optional fields to add; Role has none.

        Returns:
            Role | None: the Role, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a Role).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_roles(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Role]:
        """Get the first 50 roles: GET /roles (auth API).

        Use find_roles to filter, sort or page.

        Args:
            fields: names of optional fields to add; Role has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Role]: the roles; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Role).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_roles(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Role], ResourceListMeta]: ...
    @overload
    def get_roles(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Role] | tuple[list[Role], ResourceListMeta]: ...
    @overload
    def find_roles(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Role]:
        """Find roles: GET /roles (auth API).

        A named set of permissions that users and robots can be given.

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, target,
                realm_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, name, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; Role has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Role]: the roles; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Role).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_roles(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Role], ResourceListMeta]: ...
    @overload
    def find_roles(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Role] | tuple[list[Role], ResourceListMeta]: ...
    def create_role(
        self,
        name: str,
        display_name: str | None = None,
        description: str | None = None,
        realm_id: str | UUID | Realm | None = None,
    ) -> Role:
        """Create a Role: POST /roles (auth API).

        A named set of permissions that users and robots can be given.

        Args:
            name: str; required.
            display_name: str, or None; default None.
            description: str, or None; default None.
            realm_id: a Realm or its id, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            Role: the created Role, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Role).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_role(
        self,
        role_id: str | UUID | Role,
        name: str | UnsetType = UNSET,
        display_name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
    ) -> Role:
        """Update a Role: POST /roles/{id} (auth API).

        A named set of permissions that users and robots can be given.

        Args:
            role_id: the Role to update, or its id (a UUID or its string).
            name: str.
            display_name: str, or None.
            description: str, or None.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            Role: the updated Role, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Role).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_role(self, role_id: str | UUID | Role) -> None:
        """Delete a Role: DELETE /roles/{id} (auth API).

        A named set of permissions that users and robots can be given.

        Args:
            role_id: the Role to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                Role with that id (HubResponseError: an answer that could not be read as a
                Role).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_role_permission(
        self,
        role_permission_id: str | UUID | RolePermission,
        *,
        fields: FieldParams | None = None,
    ) -> RolePermission | None:
        """Get one RolePermission by its id: GET /role-permissions/{id} (auth API).

        Grants a permission to a role.

        The Hub ignores include= on a single GET of role_permissions, so role, permission stay
        None; find_role_permissions includes them.

        Args:
            role_permission_id: the RolePermission to get, or its id (a UUID or its string).
            fields: names of optional fields to add; RolePermission has none.

        Returns:
            RolePermission | None: the RolePermission, or None when the Hub has none with that
                id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a RolePermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_role_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[RolePermission]:
        """Get the first 50 role_permissions: GET /role-permissions (auth API).

        Use find_role_permissions to filter, sort or page. Nested resources included (requested
        with include=, one level deep): role (Role), permission (Permission).

        Args:
            fields: names of optional fields to add; RolePermission has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[RolePermission]: the role_permissions; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RolePermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_role_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[RolePermission], ResourceListMeta]: ...
    @overload
    def get_role_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[RolePermission] | tuple[list[RolePermission], ResourceListMeta]: ...
    @overload
    def find_role_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[RolePermission]:
        """Find role_permissions: GET /role-permissions (auth API).

        Grants a permission to a role.

        Nested resources included (requested with include=, one level deep): role (Role),
        permission (Permission).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: role_id, permission_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; RolePermission has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[RolePermission]: the role_permissions; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RolePermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_role_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[RolePermission], ResourceListMeta]: ...
    @overload
    def find_role_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[RolePermission] | tuple[list[RolePermission], ResourceListMeta]: ...
    def create_role_permission(
        self,
        role_id: str | UUID | Role,
        permission_id: str | UUID | Permission,
        policy_id: str | UUID | None = None,
    ) -> RolePermission:
        """Create a RolePermission: POST /role-permissions (auth API).

        Grants a permission to a role.

        Args:
            role_id: a Role or its id; required.
            permission_id: a Permission or its id; required.
            policy_id: UUID, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            RolePermission: the created RolePermission, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RolePermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_role_permission(self, role_permission_id: str | UUID | RolePermission) -> None:
        """Delete a RolePermission: DELETE /role-permissions/{id} (auth API).

        Grants a permission to a role.

        Args:
            role_permission_id: the RolePermission to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                RolePermission with that id (HubResponseError: an answer that could not be read
                as a RolePermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_user_permission(
        self,
        user_permission_id: str | UUID | UserPermission,
        *,
        fields: FieldParams | None = None,
    ) -> UserPermission | None:
        """Get one UserPermission by its id: GET /user-permissions/{id} (auth API).

        Grants a permission directly to a user.

        The Hub ignores include= on a single GET of user_permissions, so permission, user stay
        None; find_user_permissions includes them.

        Args:
            user_permission_id: the UserPermission to get, or its id (a UUID or its string).
            fields: names of optional fields to add; UserPermission has none.

        Returns:
            UserPermission | None: the UserPermission, or None when the Hub has none with that
                id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as an UserPermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_user_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[UserPermission]:
        """Get the first 50 user_permissions: GET /user-permissions (auth API).

        Use find_user_permissions to filter, sort or page. Nested resources included (requested
        with include=, one level deep): permission (Permission), user (User).

        Args:
            fields: names of optional fields to add; UserPermission has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[UserPermission]: the user_permissions; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an UserPermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_user_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[UserPermission], ResourceListMeta]: ...
    @overload
    def get_user_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[UserPermission] | tuple[list[UserPermission], ResourceListMeta]: ...
    @overload
    def find_user_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[UserPermission]:
        """Find user_permissions: GET /user-permissions (auth API).

        Grants a permission directly to a user.

        Nested resources included (requested with include=, one level deep): permission
        (Permission), user (User).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: user_id, permission_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; UserPermission has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[UserPermission]: the user_permissions; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an UserPermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_user_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[UserPermission], ResourceListMeta]: ...
    @overload
    def find_user_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[UserPermission] | tuple[list[UserPermission], ResourceListMeta]: ...
    def create_user_permission(
        self,
        user_id: str | UUID | User,
        permission_id: str | UUID | Permission,
        policy_id: str | UUID | None = None,
    ) -> UserPermission:
        """Create a UserPermission: POST /user-permissions (auth API).

        Grants a permission directly to a user.

        Args:
            user_id: an User or its id; required.
            permission_id: a Permission or its id; required.
            policy_id: UUID, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            UserPermission: the created UserPermission, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an UserPermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_user_permission(self, user_permission_id: str | UUID | UserPermission) -> None:
        """Delete a UserPermission: DELETE /user-permissions/{id} (auth API).

        Grants a permission directly to a user.

        Args:
            user_permission_id: the UserPermission to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                UserPermission with that id (HubResponseError: an answer that could not be read
                as an UserPermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_user_role(
        self,
        user_role_id: str | UUID | UserRole,
        *,
        fields: FieldParams | None = None,
    ) -> UserRole | None:
        """Get one UserRole by its id: GET /user-roles/{id} (auth API).

        Gives a role to a user.

        The Hub ignores include= on a single GET of user_roles, so user, role stay None;
        find_user_roles includes them.

        Args:
            user_role_id: the UserRole to get, or its id (a UUID or its string).
            fields: names of optional fields to add; UserRole has none.

        Returns:
            UserRole | None: the UserRole, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as an UserRole).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_user_roles(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[UserRole]:
        """Get the first 50 user_roles: GET /user-roles (auth API).

        Use find_user_roles to filter, sort or page. Nested resources included (requested with
        include=, one level deep): user (User), role (Role).

        Args:
            fields: names of optional fields to add; UserRole has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[UserRole]: the user_roles; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an UserRole).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_user_roles(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[UserRole], ResourceListMeta]: ...
    @overload
    def get_user_roles(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[UserRole] | tuple[list[UserRole], ResourceListMeta]: ...
    @overload
    def find_user_roles(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[UserRole]:
        """Find user_roles: GET /user-roles (auth API).

        Gives a role to a user.

        Nested resources included (requested with include=, one level deep): user (User), role
        (Role).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: user_id, role_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; UserRole has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[UserRole]: the user_roles; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an UserRole).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_user_roles(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[UserRole], ResourceListMeta]: ...
    @overload
    def find_user_roles(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[UserRole] | tuple[list[UserRole], ResourceListMeta]: ...
    def create_user_role(self, user_id: str | UUID | User, role_id: str | UUID | Role) -> UserRole:
        """Create a UserRole: POST /user-roles (auth API).

        Gives a role to a user.

        Args:
            user_id: an User or its id; required.
            role_id: a Role or its id; required.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            UserRole: the created UserRole, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an UserRole).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_user_role(self, user_role_id: str | UUID | UserRole) -> None:
        """Delete a UserRole: DELETE /user-roles/{id} (auth API).

        Gives a role to a user.

        Args:
            user_role_id: the UserRole to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                UserRole with that id (HubResponseError: an answer that could not be read as an
                UserRole).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_robot_permission(
        self,
        robot_permission_id: str | UUID | RobotPermission,
        *,
        fields: FieldParams | None = None,
    ) -> RobotPermission | None:
        """Get one RobotPermission by its id: GET /robot-permissions/{id} (auth API).

        Grants a permission directly to a robot.

        The Hub ignores include= on a single GET of robot_permissions, so robot, permission stay
        None; find_robot_permissions includes them.

        Args:
            robot_permission_id: the RobotPermission to get, or its id (a UUID or its string).
            fields: names of optional fields to add; RobotPermission has none.

        Returns:
            RobotPermission | None: the RobotPermission, or None when the Hub has none with that
                id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a RobotPermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_robot_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[RobotPermission]:
        """Get the first 50 robot_permissions: GET /robot-permissions (auth API).

        Use find_robot_permissions to filter, sort or page. Nested resources included (requested
        with include=, one level deep): robot (Robot), permission (Permission).

        Args:
            fields: names of optional fields to add; RobotPermission has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[RobotPermission]: the robot_permissions; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RobotPermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_robot_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[RobotPermission], ResourceListMeta]: ...
    @overload
    def get_robot_permissions(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[RobotPermission] | tuple[list[RobotPermission], ResourceListMeta]: ...
    @overload
    def find_robot_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[RobotPermission]:
        """Find robot_permissions: GET /robot-permissions (auth API).

        Grants a permission directly to a robot.

        Nested resources included (requested with include=, one level deep): robot (Robot),
        permission (Permission).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: robot_id, permission_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; RobotPermission has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[RobotPermission]: the robot_permissions; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RobotPermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_robot_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[RobotPermission], ResourceListMeta]: ...
    @overload
    def find_robot_permissions(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[RobotPermission] | tuple[list[RobotPermission], ResourceListMeta]: ...
    def create_robot_permission(
        self,
        robot_id: str | UUID | Robot,
        permission_id: str | UUID | Permission,
        policy_id: str | UUID | None = None,
    ) -> RobotPermission:
        """Create a RobotPermission: POST /robot-permissions (auth API).

        Grants a permission directly to a robot.

        Args:
            robot_id: a Robot or its id; required.
            permission_id: a Permission or its id; required.
            policy_id: UUID, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            RobotPermission: the created RobotPermission, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RobotPermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_robot_permission(self, robot_permission_id: str | UUID | RobotPermission) -> None:
        """Delete a RobotPermission: DELETE /robot-permissions/{id} (auth API).

        Grants a permission directly to a robot.

        Args:
            robot_permission_id: the RobotPermission to delete, or its id (a UUID or its
                string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                RobotPermission with that id (HubResponseError: an answer that could not be read
                as a RobotPermission).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_robot_role(
        self,
        robot_role_id: str | UUID | RobotRole,
        *,
        fields: FieldParams | None = None,
    ) -> RobotRole | None:
        """Get one RobotRole by its id: GET /robot-roles/{id} (auth API).

        Gives a role to a robot.

        The Hub ignores include= on a single GET of robot_roles, so robot, role stay None;
        find_robot_roles includes them.

        Args:
            robot_role_id: the RobotRole to get, or its id (a UUID or its string).
            fields: names of optional fields to add; RobotRole has none.

        Returns:
            RobotRole | None: the RobotRole, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a RobotRole).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_robot_roles(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[RobotRole]:
        """Get the first 50 robot_roles: GET /robot-roles (auth API).

        Use find_robot_roles to filter, sort or page. Nested resources included (requested with
        include=, one level deep): robot (Robot), role (Role).

        Args:
            fields: names of optional fields to add; RobotRole has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[RobotRole]: the robot_roles; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RobotRole).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_robot_roles(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[RobotRole], ResourceListMeta]: ...
    @overload
    def get_robot_roles(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[RobotRole] | tuple[list[RobotRole], ResourceListMeta]: ...
    @overload
    def find_robot_roles(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[RobotRole]:
        """Find robot_roles: GET /robot-roles (auth API).

        Gives a role to a robot.

        Nested resources included (requested with include=, one level deep): robot (Robot), role
        (Role).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: robot_id, role_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; RobotRole has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[RobotRole]: the robot_roles; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RobotRole).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_robot_roles(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[RobotRole], ResourceListMeta]: ...
    @overload
    def find_robot_roles(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[RobotRole] | tuple[list[RobotRole], ResourceListMeta]: ...
    def create_robot_role(
        self,
        robot_id: str | UUID | Robot,
        role_id: str | UUID | Role,
    ) -> RobotRole:
        """Create a RobotRole: POST /robot-roles (auth API).

        Gives a role to a robot.

        Args:
            robot_id: a Robot or its id; required.
            role_id: a Role or its id; required.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            RobotRole: the created RobotRole, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RobotRole).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_robot_role(self, robot_role_id: str | UUID | RobotRole) -> None:
        """Delete a RobotRole: DELETE /robot-roles/{id} (auth API).

        Gives a role to a robot.

        Args:
            robot_role_id: the RobotRole to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                RobotRole with that id (HubResponseError: an answer that could not be read as a
                RobotRole).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

class CoreClient(BaseClient):
    """The Hub's core API: registries, nodes, projects, analyses, master images, logs."""

    def get_registry(
        self,
        registry_id: str | UUID | Registry,
        *,
        fields: FieldParams | None = None,
    ) -> Registry | None:
        """Get one Registry by its id: GET /registries/{id} (core API).

        A container registry (Harbor) that builds and analyses are pushed to.

        Args:
            registry_id: the Registry to get, or its id (a UUID or its string).
            fields: names of optional fields to add: account_secret.

        Returns:
            Registry | None: the Registry, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a Registry).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_registries(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Registry]:
        """Get the first 50 registries: GET /registries (core API).

        Use find_registries to filter, sort or page.

        Args:
            fields: names of optional fields to add: account_secret.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Registry]: the registries; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Registry).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_registries(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Registry], ResourceListMeta]: ...
    @overload
    def get_registries(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Registry] | tuple[list[Registry], ResourceListMeta]: ...
    @overload
    def find_registries(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Registry]:
        """Find registries: GET /registries (core API).

        A container registry (Harbor) that builds and analyses are pushed to.

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add: account_secret.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Registry]: the registries; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Registry).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_registries(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Registry], ResourceListMeta]: ...
    @overload
    def find_registries(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Registry] | tuple[list[Registry], ResourceListMeta]: ...
    def create_registry(
        self,
        name: str,
        host: str,
        account_name: str | None = None,
        account_secret: str | None = None,
    ) -> Registry:
        """Create a Registry: POST /registries (core API).

        A container registry (Harbor) that builds and analyses are pushed to.

        Args:
            name: str; required.
            host: str; required.
            account_name: str, or None; default None.
            account_secret: str, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            Registry: the created Registry, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Registry).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_registry(
        self,
        registry_id: str | UUID | Registry,
        name: str | UnsetType = UNSET,
        host: str | UnsetType = UNSET,
        account_name: str | None | UnsetType = UNSET,
        account_secret: str | None | UnsetType = UNSET,
    ) -> Registry:
        """Update a Registry: POST /registries/{id} (core API).

        A container registry (Harbor) that builds and analyses are pushed to.

        Args:
            registry_id: the Registry to update, or its id (a UUID or its string).
            name: str.
            host: str.
            account_name: str, or None.
            account_secret: str, or None.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            Registry: the updated Registry, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Registry).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_registry(self, registry_id: str | UUID | Registry) -> None:
        """Delete a Registry: DELETE /registries/{id} (core API).

        A container registry (Harbor) that builds and analyses are pushed to.

        Args:
            registry_id: the Registry to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                Registry with that id (HubResponseError: an answer that could not be read as a
                Registry).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_registry_project(
        self,
        registry_project_id: str | UUID | RegistryProject,
        *,
        fields: FieldParams | None = None,
    ) -> RegistryProject | None:
        """Get one RegistryProject by its id: GET /registry-projects/{id} (core API).

        A project inside a registry (incoming, outgoing, master images or a node's).

        Nested resources included (requested with include=, one level deep): registry
        (Registry).

        Args:
            registry_project_id: the RegistryProject to get, or its id (a UUID or its string).
            fields: names of optional fields to add: account_id, account_name, account_secret.

        Returns:
            RegistryProject | None: the RegistryProject, or None when the Hub has none with that
                id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a RegistryProject).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_registry_projects(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[RegistryProject]:
        """Get the first 50 registry_projects: GET /registry-projects (core API).

        Use find_registry_projects to filter, sort or page. Nested resources included (requested
        with include=, one level deep): registry (Registry).

        Args:
            fields: names of optional fields to add: account_id, account_name, account_secret.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[RegistryProject]: the registry_projects; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RegistryProject).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_registry_projects(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[RegistryProject], ResourceListMeta]: ...
    @overload
    def get_registry_projects(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[RegistryProject] | tuple[list[RegistryProject], ResourceListMeta]: ...
    @overload
    def find_registry_projects(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[RegistryProject]:
        """Find registry_projects: GET /registry-projects (core API).

        A project inside a registry (incoming, outgoing, master images or a node's).

        Nested resources included (requested with include=, one level deep): registry
        (Registry).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, registry_id,
                external_name, type.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add: account_id, account_name, account_secret.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[RegistryProject]: the registry_projects; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RegistryProject).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_registry_projects(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[RegistryProject], ResourceListMeta]: ...
    @overload
    def find_registry_projects(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[RegistryProject] | tuple[list[RegistryProject], ResourceListMeta]: ...
    def create_registry_project(
        self,
        name: str,
        registry_project_type: RegistryProjectType | None,
        registry_id: str | UUID | Registry,
        external_name: str,
    ) -> RegistryProject:
        """Create a RegistryProject: POST /registry-projects (core API).

        A project inside a registry (incoming, outgoing, master images or a node's).

        Args:
            name: str; required.
            registry_project_type: one of 'default', 'aggregator', 'incoming', 'outgoing',
                'masterImages', 'node', or None; sent as 'type'; required.
            registry_id: a Registry or its id; required.
            external_name: str; required.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            RegistryProject: the created RegistryProject, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RegistryProject).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_registry_project(
        self,
        registry_project_id: str | UUID | RegistryProject,
        name: str | UnsetType = UNSET,
        registry_project_type: RegistryProjectType | None | UnsetType = UNSET,
        registry_id: str | UUID | Registry | UnsetType = UNSET,
        external_name: str | UnsetType = UNSET,
    ) -> RegistryProject:
        """Update a RegistryProject: POST /registry-projects/{id} (core API).

        A project inside a registry (incoming, outgoing, master images or a node's).

        Args:
            registry_project_id: the RegistryProject to update, or its id (a UUID or its
                string).
            name: str.
            registry_project_type: one of 'default', 'aggregator', 'incoming', 'outgoing',
                'masterImages', 'node', or None; sent as 'type'; the Hub ignores it on update.
            registry_id: a Registry or its id; the Hub ignores it on update.
            external_name: str.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            RegistryProject: the updated RegistryProject, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a RegistryProject).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_registry_project(self, registry_project_id: str | UUID | RegistryProject) -> None:
        """Delete a RegistryProject: DELETE /registry-projects/{id} (core API).

        A project inside a registry (incoming, outgoing, master images or a node's).

        Args:
            registry_project_id: the RegistryProject to delete, or its id (a UUID or its
                string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                RegistryProject with that id (HubResponseError: an answer that could not be read
                as a RegistryProject).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_node(
        self,
        node_id: str | UUID | Node,
        *,
        fields: FieldParams | None = None,
    ) -> Node | None:
        """Get one Node by its id: GET /nodes/{id} (core API).

        A site of the network (an analysis node or the aggregator).

        Nested resources included (requested with include=, one level deep): registry
        (Registry), registry_project (RegistryProject).

        Args:
            node_id: the Node to get, or its id (a UUID or its string).
            fields: names of optional fields to add; Node has none.

        Returns:
            Node | None: the Node, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a Node).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_nodes(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Node]:
        """Get the first 50 nodes: GET /nodes (core API).

        Use find_nodes to filter, sort or page. Nested resources included (requested with
        include=, one level deep): registry (Registry), registry_project (RegistryProject).

        Args:
            fields: names of optional fields to add; Node has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Node]: the nodes; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Node).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_nodes(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Node], ResourceListMeta]: ...
    @overload
    def get_nodes(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Node] | tuple[list[Node], ResourceListMeta]: ...
    @overload
    def find_nodes(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Node]:
        """Find nodes: GET /nodes (core API).

        A site of the network (an analysis node or the aggregator).

        Nested resources included (requested with include=, one level deep): registry
        (Registry), registry_project (RegistryProject).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, online, hidden,
                realm_id, robot_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                name, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; Node has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Node]: the nodes; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Node).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_nodes(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Node], ResourceListMeta]: ...
    @overload
    def find_nodes(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Node] | tuple[list[Node], ResourceListMeta]: ...
    def create_node(
        self,
        name: str,
        realm_id: str | UUID | Realm | None = None,
        registry_id: str | UUID | Registry | None = None,
        external_name: str | None = None,
        node_type: NodeType = "default",
        hidden: bool = False,
        public_key: str | None = None,
        robot_id: str | UUID | Robot | None = None,
    ) -> Node:
        """Create a Node: POST /nodes (core API).

        A site of the network (an analysis node or the aggregator).

        Args:
            name: str; required.
            realm_id: a Realm or its id; default None.
            registry_id: a Registry or its id, or None; default None.
            external_name: str, or None; default None.
            node_type: one of 'aggregator', 'default'; sent as 'type'; default 'default'.
            hidden: bool; default False.
            public_key: str, or None; default None.
            robot_id: a Robot or its id, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            Node: the created Node, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Node).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_node(
        self,
        node_id: str | UUID | Node,
        external_name: str | None | UnsetType = UNSET,
        hidden: bool | UnsetType = UNSET,
        node_type: NodeType | UnsetType = UNSET,
        realm_id: str | UUID | Realm | UnsetType = UNSET,
        registry_id: str | UUID | Registry | None | UnsetType = UNSET,
        public_key: str | None | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
        robot_id: str | UUID | Robot | None | UnsetType = UNSET,
    ) -> Node:
        """Update a Node: POST /nodes/{id} (core API).

        A site of the network (an analysis node or the aggregator).

        Args:
            node_id: the Node to update, or its id (a UUID or its string).
            external_name: str, or None.
            hidden: bool.
            node_type: one of 'aggregator', 'default'; sent as 'type'.
            realm_id: a Realm or its id; the Hub ignores it on update.
            registry_id: a Registry or its id, or None.
            public_key: str, or None.
            name: str.
            robot_id: a Robot or its id, or None.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            Node: the updated Node, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Node).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_node(self, node_id: str | UUID | Node) -> None:
        """Delete a Node: DELETE /nodes/{id} (core API).

        A site of the network (an analysis node or the aggregator).

        Args:
            node_id: the Node to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                Node with that id (HubResponseError: an answer that could not be read as a
                Node).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_master_image_group(
        self,
        master_image_group_id: str | UUID | MasterImageGroup,
        *,
        fields: FieldParams | None = None,
    ) -> MasterImageGroup | None:
        """Get one MasterImageGroup by its id: GET /master-image-groups/{id} (core API).

        A group of master images, as found by the last sync.

        Args:
            master_image_group_id: the MasterImageGroup to get, or its id (a UUID or its
                string).
            fields: names of optional fields to add; MasterImageGroup has none.

        Returns:
            MasterImageGroup | None: the MasterImageGroup, or None when the Hub has none with
                that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a MasterImageGroup).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_master_image_groups(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[MasterImageGroup]:
        """Get the first 50 master_image_groups: GET /master-image-groups (core API).

        Use find_master_image_groups to filter, sort or page.

        Args:
            fields: names of optional fields to add; MasterImageGroup has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[MasterImageGroup]: the master_image_groups; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a MasterImageGroup).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_master_image_groups(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[MasterImageGroup], ResourceListMeta]: ...
    @overload
    def get_master_image_groups(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[MasterImageGroup] | tuple[list[MasterImageGroup], ResourceListMeta]: ...
    @overload
    def find_master_image_groups(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[MasterImageGroup]:
        """Find master_image_groups: GET /master-image-groups (core API).

        A group of master images, as found by the last sync.

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, path,
                virtual_path.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                none.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; MasterImageGroup has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[MasterImageGroup]: the master_image_groups; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a MasterImageGroup).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_master_image_groups(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[MasterImageGroup], ResourceListMeta]: ...
    @overload
    def find_master_image_groups(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[MasterImageGroup] | tuple[list[MasterImageGroup], ResourceListMeta]: ...
    def delete_master_image_group(
        self,
        master_image_group_id: str | UUID | MasterImageGroup,
    ) -> None:
        """Delete a MasterImageGroup: DELETE /master-image-groups/{id} (core API).

        A group of master images, as found by the last sync.

        Args:
            master_image_group_id: the MasterImageGroup to delete, or its id (a UUID or its
                string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                MasterImageGroup with that id (HubResponseError: an answer that could not be
                read as a MasterImageGroup).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_master_image(
        self,
        master_image_id: str | UUID | MasterImage,
        *,
        fields: FieldParams | None = None,
    ) -> MasterImage | None:
        """Get one MasterImage by its id: GET /master-images/{id} (core API).

        A base image that analyses are built on (for example python/base).

        Args:
            master_image_id: the MasterImage to get, or its id (a UUID or its string).
            fields: names of optional fields to add; MasterImage has none.

        Returns:
            MasterImage | None: the MasterImage, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a MasterImage).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_master_images(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[MasterImage]:
        """Get the first 50 master_images: GET /master-images (core API).

        Use find_master_images to filter, sort or page.

        Args:
            fields: names of optional fields to add; MasterImage has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[MasterImage]: the master_images; with meta=True, a (list, ResourceListMeta)
                pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a MasterImage).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_master_images(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[MasterImage], ResourceListMeta]: ...
    @overload
    def get_master_images(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[MasterImage] | tuple[list[MasterImage], ResourceListMeta]: ...
    @overload
    def find_master_images(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[MasterImage]:
        """Find master_images: GET /master-images (core API).

        A base image that analyses are built on (for example python/base).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, path,
                virtual_path, group_virtual_path.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                path.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; MasterImage has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[MasterImage]: the master_images; with meta=True, a (list, ResourceListMeta)
                pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a MasterImage).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_master_images(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[MasterImage], ResourceListMeta]: ...
    @overload
    def find_master_images(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[MasterImage] | tuple[list[MasterImage], ResourceListMeta]: ...
    def delete_master_image(self, master_image_id: str | UUID | MasterImage) -> None:
        """Delete a MasterImage: DELETE /master-images/{id} (core API).

        A base image that analyses are built on (for example python/base).

        Args:
            master_image_id: the MasterImage to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                MasterImage with that id (HubResponseError: an answer that could not be read as
                a MasterImage).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_master_image_event_log(
        self,
        master_image_event_log_id: str | UUID | MasterImageEventLog,
        *,
        fields: FieldParams | None = None,
    ) -> MasterImageEventLog | None:
        """Get one MasterImageEventLog by its id: GET /master-image-event-logs/{id} (core API).

        What happened to a master image during a sync (Hubs before July 2025).

        Nested resources included (requested with include=, one level deep): master_image
        (MasterImage).

        Args:
            master_image_event_log_id: the MasterImageEventLog to get, or its id (a UUID or its
                string).
            fields: names of optional fields to add; MasterImageEventLog has none.

        Returns:
            MasterImageEventLog | None: the MasterImageEventLog, or None when the Hub has none
                with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a MasterImageEventLog).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_master_image_event_logs(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[MasterImageEventLog]:
        """Get the first 50 master_image_event_logs: GET /master-image-event-logs (core API).

        Use find_master_image_event_logs to filter, sort or page. Nested resources included
        (requested with include=, one level deep): master_image (MasterImage).

        Args:
            fields: names of optional fields to add; MasterImageEventLog has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[MasterImageEventLog]: the master_image_event_logs; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a MasterImageEventLog).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_master_image_event_logs(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[MasterImageEventLog], ResourceListMeta]: ...
    @overload
    def get_master_image_event_logs(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[MasterImageEventLog] | tuple[list[MasterImageEventLog], ResourceListMeta]: ...
    @overload
    def find_master_image_event_logs(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[MasterImageEventLog]:
        """Find master_image_event_logs: GET /master-image-event-logs (core API).

        What happened to a master image during a sync (Hubs before July 2025).

        Nested resources included (requested with include=, one level deep): master_image
        (MasterImage).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: name, master_image_id,
                created_at, updated_at.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                expires_at, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; MasterImageEventLog has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[MasterImageEventLog]: the master_image_event_logs; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a MasterImageEventLog).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_master_image_event_logs(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[MasterImageEventLog], ResourceListMeta]: ...
    @overload
    def find_master_image_event_logs(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[MasterImageEventLog] | tuple[list[MasterImageEventLog], ResourceListMeta]: ...
    def get_event(
        self,
        event_id: str | UUID | Event,
        *,
        fields: FieldParams | None = None,
    ) -> Event | None:
        """Get one Event by its id: GET /events/{id} (core API).

        An entry of the Hub's event log (model changes, master image sync, runs).

        Args:
            event_id: the Event to get, or its id (a UUID or its string).
            fields: names of optional fields to add; Event has none.

        Returns:
            Event | None: the Event, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as an Event).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_events(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Event]:
        """Get the first 50 events: GET /events (core API).

        Use find_events to filter, sort or page.

        Args:
            fields: names of optional fields to add; Event has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Event]: the events; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an Event).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_events(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Event], ResourceListMeta]: ...
    @overload
    def get_events(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Event] | tuple[list[Event], ResourceListMeta]: ...
    @overload
    def find_events(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Event]:
        """Find events: GET /events (core API).

        An entry of the Hub's event log (model changes, master image sync, runs).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: scope, name, ref_type,
                ref_id, created_at, updated_at.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                expires_at, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; Event has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Event]: the events; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an Event).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_events(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Event], ResourceListMeta]: ...
    @overload
    def find_events(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Event] | tuple[list[Event], ResourceListMeta]: ...
    def delete_event(self, event_id: str | UUID | Event) -> None:
        """Delete a Event: DELETE /events/{id} (core API).

        An entry of the Hub's event log (model changes, master image sync, runs).

        Args:
            event_id: the Event to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                Event with that id (HubResponseError: an answer that could not be read as an
                Event).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_project(
        self,
        project_id: str | UUID | Project,
        *,
        fields: FieldParams | None = None,
    ) -> Project | None:
        """Get one Project by its id: GET /projects/{id} (core API).

        A research project that nodes join and analyses run in.

        Nested resources included (requested with include=, one level deep): master_image
        (MasterImage).

        Args:
            project_id: the Project to get, or its id (a UUID or its string).
            fields: names of optional fields to add; Project has none.

        Returns:
            Project | None: the Project, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a Project).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_projects(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Project]:
        """Get the first 50 projects: GET /projects (core API).

        Use find_projects to filter, sort or page. Nested resources included (requested with
        include=, one level deep): master_image (MasterImage).

        Args:
            fields: names of optional fields to add; Project has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Project]: the projects; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Project).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_projects(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Project], ResourceListMeta]: ...
    @overload
    def get_projects(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Project] | tuple[list[Project], ResourceListMeta]: ...
    @overload
    def find_projects(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Project]:
        """Find projects: GET /projects (core API).

        A research project that nodes join and analyses run in.

        Nested resources included (requested with include=, one level deep): master_image
        (MasterImage).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, realm_id,
                user_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; Project has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Project]: the projects; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Project).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_projects(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Project], ResourceListMeta]: ...
    @overload
    def find_projects(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Project] | tuple[list[Project], ResourceListMeta]: ...
    def create_project(
        self,
        name: str,
        master_image_id: str | UUID | MasterImage | None = None,
        description: str | None = None,
    ) -> Project:
        """Create a Project: POST /projects (core API).

        A research project that nodes join and analyses run in.

        Args:
            name: str; required.
            master_image_id: a MasterImage or its id, or None; default None.
            description: str, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            Project: the created Project, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Project).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_project(
        self,
        project_id: str | UUID | Project,
        description: str | None | UnsetType = UNSET,
        master_image_id: str | UUID | MasterImage | None | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
    ) -> Project:
        """Update a Project: POST /projects/{id} (core API).

        A research project that nodes join and analyses run in.

        Args:
            project_id: the Project to update, or its id (a UUID or its string).
            description: str, or None.
            master_image_id: a MasterImage or its id, or None.
            name: str.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            Project: the updated Project, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Project).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_project(self, project_id: str | UUID | Project) -> None:
        """Delete a Project: DELETE /projects/{id} (core API).

        A research project that nodes join and analyses run in.

        Args:
            project_id: the Project to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                Project with that id (HubResponseError: an answer that could not be read as a
                Project).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_project_node(
        self,
        project_node_id: str | UUID | ProjectNode,
        *,
        fields: FieldParams | None = None,
    ) -> ProjectNode | None:
        """Get one ProjectNode by its id: GET /project-nodes/{id} (core API).

        A node's membership in a project, with its approval.

        Nested resources included (requested with include=, one level deep): node (Node),
        project (Project).

        Args:
            project_node_id: the ProjectNode to get, or its id (a UUID or its string).
            fields: names of optional fields to add; ProjectNode has none.

        Returns:
            ProjectNode | None: the ProjectNode, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a ProjectNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_project_nodes(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[ProjectNode]:
        """Get the first 50 project_nodes: GET /project-nodes (core API).

        Use find_project_nodes to filter, sort or page. Nested resources included (requested
        with include=, one level deep): node (Node), project (Project).

        Args:
            fields: names of optional fields to add; ProjectNode has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[ProjectNode]: the project_nodes; with meta=True, a (list, ResourceListMeta)
                pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a ProjectNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_project_nodes(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[ProjectNode], ResourceListMeta]: ...
    @overload
    def get_project_nodes(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[ProjectNode] | tuple[list[ProjectNode], ResourceListMeta]: ...
    @overload
    def find_project_nodes(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[ProjectNode]:
        """Find project_nodes: GET /project-nodes (core API).

        A node's membership in a project, with its approval.

        Nested resources included (requested with include=, one level deep): node (Node),
        project (Project).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: project_id,
                project_realm_id, project.id, project.name, node_id, node_realm_id, node.name.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                created_at, updated_at, project.name, project.created_at, project.updated_at,
                node.name, node.created_at, node.updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; ProjectNode has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[ProjectNode]: the project_nodes; with meta=True, a (list, ResourceListMeta)
                pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a ProjectNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_project_nodes(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[ProjectNode], ResourceListMeta]: ...
    @overload
    def find_project_nodes(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[ProjectNode] | tuple[list[ProjectNode], ResourceListMeta]: ...
    def create_project_node(
        self,
        project_id: str | UUID | Project,
        node_id: str | UUID | Node,
    ) -> ProjectNode:
        """Create a ProjectNode: POST /project-nodes (core API).

        A node's membership in a project, with its approval.

        Args:
            project_id: a Project or its id; required.
            node_id: a Node or its id; required.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            ProjectNode: the created ProjectNode, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a ProjectNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_project_node(
        self,
        project_node_id: str | UUID | ProjectNode,
        comment: str | None | UnsetType = UNSET,
        approval_status: ProjectNodeApprovalStatus | None | UnsetType = UNSET,
    ) -> ProjectNode:
        """Update a ProjectNode: POST /project-nodes/{id} (core API).

        A node's membership in a project, with its approval.

        Args:
            project_node_id: the ProjectNode to update, or its id (a UUID or its string).
            comment: str, or None.
            approval_status: one of 'rejected', 'approved', or None.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            ProjectNode: the updated ProjectNode, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a ProjectNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_project_node(self, project_node_id: str | UUID | ProjectNode) -> None:
        """Delete a ProjectNode: DELETE /project-nodes/{id} (core API).

        A node's membership in a project, with its approval.

        Args:
            project_node_id: the ProjectNode to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                ProjectNode with that id (HubResponseError: an answer that could not be read as
                a ProjectNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_analysis(
        self,
        analysis_id: str | UUID | Analysis,
        *,
        fields: FieldParams | None = None,
    ) -> Analysis | None:
        """Get one Analysis by its id: GET /analyses/{id} (core API).

        An analysis in a project, with its code, image, build and run state.

        Nested resources included (requested with include=, one level deep): project (Project),
        master_image (MasterImage).

        Args:
            analysis_id: the Analysis to get, or its id (a UUID or its string).
            fields: names of optional fields to add; Analysis has none.

        Returns:
            Analysis | None: the Analysis, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as an Analysis).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_analyses(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Analysis]:
        """Get the first 50 analyses: GET /analyses (core API).

        Use find_analyses to filter, sort or page. Nested resources included (requested with
        include=, one level deep): project (Project), master_image (MasterImage).

        Args:
            fields: names of optional fields to add; Analysis has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Analysis]: the analyses; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an Analysis).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_analyses(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Analysis], ResourceListMeta]: ...
    @overload
    def get_analyses(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Analysis] | tuple[list[Analysis], ResourceListMeta]: ...
    @overload
    def find_analyses(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Analysis]:
        """Find analyses: GET /analyses (core API).

        An analysis in a project, with its code, image, build and run state.

        Nested resources included (requested with include=, one level deep): project (Project),
        master_image (MasterImage).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, description,
                project_id, realm_id, build_status, run_status, configuration_locked.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; Analysis has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Analysis]: the analyses; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an Analysis).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_analyses(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Analysis], ResourceListMeta]: ...
    @overload
    def find_analyses(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Analysis] | tuple[list[Analysis], ResourceListMeta]: ...
    def create_analysis(
        self,
        project_id: str | UUID | Project,
        name: str | None = None,
        description: str | None = None,
        master_image_id: str | UUID | MasterImage | None = None,
        registry_id: str | UUID | Registry | None = None,
        image_command_arguments: Sequence[MasterImageCommandArgument] | None = (),
    ) -> Analysis:
        """Create a Analysis: POST /analyses (core API).

        An analysis in a project, with its code, image, build and run state.

        Args:
            project_id: a Project or its id; required.
            name: str, or None; default None.
            description: str, or None; default None.
            master_image_id: a MasterImage or its id, or None; default None.
            registry_id: a Registry or its id, or None; default None.
            image_command_arguments: a list of MasterImageCommandArgument, or None; default ().

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            Analysis: the created Analysis, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an Analysis).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_analysis(
        self,
        analysis_id: str | UUID | Analysis,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        master_image_id: str | UUID | MasterImage | None | UnsetType = UNSET,
        image_command_arguments: Sequence[MasterImageCommandArgument] | None | UnsetType = UNSET,
        registry_id: str | UUID | Registry | None | UnsetType = UNSET,
    ) -> Analysis:
        """Update a Analysis: POST /analyses/{id} (core API).

        An analysis in a project, with its code, image, build and run state.

        Args:
            analysis_id: the Analysis to update, or its id (a UUID or its string).
            name: str, or None.
            description: str, or None.
            master_image_id: a MasterImage or its id, or None.
            image_command_arguments: a list of MasterImageCommandArgument, or None.
            registry_id: a Registry or its id, or None.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            Analysis: the updated Analysis, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an Analysis).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_analysis(self, analysis_id: str | UUID | Analysis) -> None:
        """Delete a Analysis: DELETE /analyses/{id} (core API).

        An analysis in a project, with its code, image, build and run state.

        Args:
            analysis_id: the Analysis to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                Analysis with that id (HubResponseError: an answer that could not be read as an
                Analysis).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def find_analysis_logs(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Log]:
        """Find analysis_logs: GET /analysis-logs (core API).

        Log lines the build and distribution pipeline wrote about an analysis.

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: analysis_id, time.
                Required keys (the Hub refuses a list without them): analysis_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                none.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; Log has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Log]: the analysis_logs; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Log).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_analysis_logs(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Log], ResourceListMeta]: ...
    @overload
    def find_analysis_logs(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Log] | tuple[list[Log], ResourceListMeta]: ...
    def create_analysis_node_log(
        self,
        analysis_id: str | UUID | Analysis,
        node_id: str | UUID | Node,
        level: LogLevel,
        status: str,
        code: str | None = None,
        message: str | None = None,
    ) -> Log:
        """Create a Log: POST /analysis-node-logs (core API).

        Log lines a node reported while running an analysis.

        Args:
            analysis_id: an Analysis or its id; required.
            node_id: a Node or its id; required.
            level: one of 'emerg', 'alert', 'crit', 'error', 'warn', 'notice', 'info', 'debug';
                required.
            status: str; required.
            code: str, or None; default None.
            message: str, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            Log: the created Log, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Log).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def find_analysis_node_logs(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Log]:
        """Find analysis_node_logs: GET /analysis-node-logs (core API).

        Log lines a node reported while running an analysis.

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: analysis_id, node_id,
                time. Required keys (the Hub refuses a list without them): analysis_id, node_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                none.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; Log has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Log]: the analysis_node_logs; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Log).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_analysis_node_logs(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Log], ResourceListMeta]: ...
    @overload
    def find_analysis_node_logs(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Log] | tuple[list[Log], ResourceListMeta]: ...
    def get_analysis_node(
        self,
        analysis_node_id: str | UUID | AnalysisNode,
        *,
        fields: FieldParams | None = None,
    ) -> AnalysisNode | None:
        """Get one AnalysisNode by its id: GET /analysis-nodes/{id} (core API).

        A node's part in an analysis, with its approval, run status and artifact.

        Nested resources included (requested with include=, one level deep): analysis
        (Analysis), node (Node).

        Args:
            analysis_node_id: the AnalysisNode to get, or its id (a UUID or its string).
            fields: names of optional fields to add; AnalysisNode has none.

        Returns:
            AnalysisNode | None: the AnalysisNode, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as an AnalysisNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_analysis_nodes(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[AnalysisNode]:
        """Get the first 50 analysis_nodes: GET /analysis-nodes (core API).

        Use find_analysis_nodes to filter, sort or page. Nested resources included (requested
        with include=, one level deep): analysis (Analysis), node (Node).

        Args:
            fields: names of optional fields to add; AnalysisNode has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[AnalysisNode]: the analysis_nodes; with meta=True, a (list, ResourceListMeta)
                pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_analysis_nodes(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[AnalysisNode], ResourceListMeta]: ...
    @overload
    def get_analysis_nodes(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[AnalysisNode] | tuple[list[AnalysisNode], ResourceListMeta]: ...
    @overload
    def find_analysis_nodes(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[AnalysisNode]:
        """Find analysis_nodes: GET /analysis-nodes (core API).

        A node's part in an analysis, with its approval, run status and artifact.

        Nested resources included (requested with include=, one level deep): analysis
        (Analysis), node (Node).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: run_status,
                approval_status, analysis_id, analysis_realm_id, analysis.id, analysis.name,
                analysis.project_id, node_id, node_realm_id, node.name, node.realm_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                created_at, updated_at, index, analysis.name, analysis.created_at,
                analysis.updated_at, node.name, node.created_at, node.updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; AnalysisNode has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[AnalysisNode]: the analysis_nodes; with meta=True, a (list, ResourceListMeta)
                pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_analysis_nodes(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[AnalysisNode], ResourceListMeta]: ...
    @overload
    def find_analysis_nodes(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[AnalysisNode] | tuple[list[AnalysisNode], ResourceListMeta]: ...
    def create_analysis_node(
        self,
        analysis_id: str | UUID | Analysis,
        node_id: str | UUID | Node,
        run_status: AnalysisNodeRunStatus | None = None,
        index: int | None = None,
        approval_status: AnalysisNodeApprovalStatus | None = None,
        comment: str | None = None,
    ) -> AnalysisNode:
        """Create a AnalysisNode: POST /analysis-nodes (core API).

        A node's part in an analysis, with its approval, run status and artifact.

        Args:
            analysis_id: an Analysis or its id; required.
            node_id: a Node or its id; required.
            run_status: one of 'starting', 'started', 'stopping', 'stopped', 'running',
                'finished', 'failed', or None; default None.
            index: int, or None; default None.
            approval_status: one of 'rejected', 'approved', or None; default None.
            comment: str, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            AnalysisNode: the created AnalysisNode, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_analysis_node(
        self,
        analysis_node_id: str | UUID | AnalysisNode,
        comment: str | None | UnsetType = UNSET,
        approval_status: AnalysisNodeApprovalStatus | None | UnsetType = UNSET,
        run_status: AnalysisNodeRunStatus | None | UnsetType = UNSET,
        index: int | None | UnsetType = UNSET,
    ) -> AnalysisNode:
        """Update a AnalysisNode: POST /analysis-nodes/{id} (core API).

        A node's part in an analysis, with its approval, run status and artifact.

        Args:
            analysis_node_id: the AnalysisNode to update, or its id (a UUID or its string).
            comment: str, or None.
            approval_status: one of 'rejected', 'approved', or None.
            run_status: one of 'starting', 'started', 'stopping', 'stopped', 'running',
                'finished', 'failed', or None.
            index: int, or None.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            AnalysisNode: the updated AnalysisNode, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_analysis_node(self, analysis_node_id: str | UUID | AnalysisNode) -> None:
        """Delete a AnalysisNode: DELETE /analysis-nodes/{id} (core API).

        A node's part in an analysis, with its approval, run status and artifact.

        Args:
            analysis_node_id: the AnalysisNode to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                AnalysisNode with that id (HubResponseError: an answer that could not be read as
                an AnalysisNode).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_analysis_bucket(
        self,
        analysis_bucket_id: str | UUID | AnalysisBucket,
        *,
        fields: FieldParams | None = None,
    ) -> AnalysisBucket | None:
        """Get one AnalysisBucket by its id: GET /analysis-buckets/{id} (core API).

        Links an analysis to one of its storage buckets (code, result or temp).

        Nested resources included (requested with include=, one level deep): analysis
        (Analysis).

        Args:
            analysis_bucket_id: the AnalysisBucket to get, or its id (a UUID or its string).
            fields: names of optional fields to add; AnalysisBucket has none.

        Returns:
            AnalysisBucket | None: the AnalysisBucket, or None when the Hub has none with that
                id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as an AnalysisBucket).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_analysis_buckets(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[AnalysisBucket]:
        """Get the first 50 analysis_buckets: GET /analysis-buckets (core API).

        Use find_analysis_buckets to filter, sort or page. Nested resources included (requested
        with include=, one level deep): analysis (Analysis).

        Args:
            fields: names of optional fields to add; AnalysisBucket has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[AnalysisBucket]: the analysis_buckets; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisBucket).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_analysis_buckets(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[AnalysisBucket], ResourceListMeta]: ...
    @overload
    def get_analysis_buckets(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[AnalysisBucket] | tuple[list[AnalysisBucket], ResourceListMeta]: ...
    @overload
    def find_analysis_buckets(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[AnalysisBucket]:
        """Find analysis_buckets: GET /analysis-buckets (core API).

        Links an analysis to one of its storage buckets (code, result or temp).

        Nested resources included (requested with include=, one level deep): analysis
        (Analysis).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: analysis_id, type,
                analysis.id, analysis.name.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                type, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; AnalysisBucket has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[AnalysisBucket]: the analysis_buckets; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisBucket).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_analysis_buckets(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[AnalysisBucket], ResourceListMeta]: ...
    @overload
    def find_analysis_buckets(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[AnalysisBucket] | tuple[list[AnalysisBucket], ResourceListMeta]: ...
    def create_analysis_bucket(
        self,
        analysis_id: str | UUID | Analysis,
        type: AnalysisBucketType,
    ) -> AnalysisBucket:
        """Create a AnalysisBucket: POST /analysis-buckets (core API).

        Links an analysis to one of its storage buckets (code, result or temp).

        Args:
            analysis_id: an Analysis or its id; required.
            type: one of 'CODE', 'RESULT', 'TEMP'; required.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            AnalysisBucket: the created AnalysisBucket, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisBucket).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_analysis_bucket(self, analysis_bucket_id: str | UUID | AnalysisBucket) -> None:
        """Delete a AnalysisBucket: DELETE /analysis-buckets/{id} (core API).

        Links an analysis to one of its storage buckets (code, result or temp).

        Args:
            analysis_bucket_id: the AnalysisBucket to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                AnalysisBucket with that id (HubResponseError: an answer that could not be read
                as an AnalysisBucket).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_analysis_bucket_file(
        self,
        analysis_bucket_file_id: str | UUID | AnalysisBucketFile,
        *,
        fields: FieldParams | None = None,
    ) -> AnalysisBucketFile | None:
        """Get one AnalysisBucketFile by its id: GET /analysis-bucket-files/{id} (core API).

        Registers a storage file as part of an analysis bucket (root = entrypoint).

        Nested resources included (requested with include=, one level deep): analysis
        (Analysis), bucket (AnalysisBucket).

        Args:
            analysis_bucket_file_id: the AnalysisBucketFile to get, or its id (a UUID or its
                string).
            fields: names of optional fields to add; AnalysisBucketFile has none.

        Returns:
            AnalysisBucketFile | None: the AnalysisBucketFile, or None when the Hub has none
                with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as an AnalysisBucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_analysis_bucket_files(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[AnalysisBucketFile]:
        """Get the first 50 analysis_bucket_files: GET /analysis-bucket-files (core API).

        Use find_analysis_bucket_files to filter, sort or page. Nested resources included
        (requested with include=, one level deep): analysis (Analysis), bucket (AnalysisBucket).

        Args:
            fields: names of optional fields to add; AnalysisBucketFile has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[AnalysisBucketFile]: the analysis_bucket_files; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisBucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_analysis_bucket_files(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[AnalysisBucketFile], ResourceListMeta]: ...
    @overload
    def get_analysis_bucket_files(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[AnalysisBucketFile] | tuple[list[AnalysisBucketFile], ResourceListMeta]: ...
    @overload
    def find_analysis_bucket_files(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[AnalysisBucketFile]:
        """Find analysis_bucket_files: GET /analysis-bucket-files (core API).

        Registers a storage file as part of an analysis bucket (root = entrypoint).

        Nested resources included (requested with include=, one level deep): analysis
        (Analysis), bucket (AnalysisBucket).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: name, root, bucket_id,
                analysis_id, analysis.id, analysis.name.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                name, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; AnalysisBucketFile has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[AnalysisBucketFile]: the analysis_bucket_files; with meta=True, a (list,
                ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisBucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_analysis_bucket_files(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[AnalysisBucketFile], ResourceListMeta]: ...
    @overload
    def find_analysis_bucket_files(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[AnalysisBucketFile] | tuple[list[AnalysisBucketFile], ResourceListMeta]: ...
    def create_analysis_bucket_file(
        self,
        name: str,
        bucket_file_id: str | UUID | BucketFile,
        analysis_bucket_id: str | UUID | AnalysisBucket,
        is_entrypoint: bool = False,
    ) -> AnalysisBucketFile:
        """Create a AnalysisBucketFile: POST /analysis-bucket-files (core API).

        Registers a storage file as part of an analysis bucket (root = entrypoint).

        Args:
            name: str; required.
            bucket_file_id: a BucketFile or its id; sent as 'external_id'; required.
            analysis_bucket_id: an AnalysisBucket or its id; sent as 'bucket_id'; required.
            is_entrypoint: bool; sent as 'root'; default False.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            AnalysisBucketFile: the created AnalysisBucketFile, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisBucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def update_analysis_bucket_file(
        self,
        analysis_bucket_file_id: str | UUID | AnalysisBucketFile,
        is_entrypoint: bool | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
    ) -> AnalysisBucketFile:
        """Update a AnalysisBucketFile: POST /analysis-bucket-files/{id} (core API).

        Registers a storage file as part of an analysis bucket (root = entrypoint).

        Args:
            analysis_bucket_file_id: the AnalysisBucketFile to update, or its id (a UUID or its
                string).
            is_entrypoint: bool; sent as 'root'.
            name: str.

        Arguments left UNSET are not sent, so the Hub keeps their values; None is sent as null.

        Returns:
            AnalysisBucketFile: the updated AnalysisBucketFile, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an AnalysisBucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_analysis_bucket_file(
        self,
        analysis_bucket_file_id: str | UUID | AnalysisBucketFile,
    ) -> None:
        """Delete a AnalysisBucketFile: DELETE /analysis-bucket-files/{id} (core API).

        Registers a storage file as part of an analysis bucket (root = entrypoint).

        Args:
            analysis_bucket_file_id: the AnalysisBucketFile to delete, or its id (a UUID or its
                string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                AnalysisBucketFile with that id (HubResponseError: an answer that could not be
                read as an AnalysisBucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def send_analysis_command(
        self,
        analysis_id: str | UUID | Analysis,
        command: AnalysisCommand,
    ) -> Analysis:
        """Sends a command (lock, build, spin up, ...) to an analysis; returns it updated.

        POST /analyses/{id}/command (core API); the Hub answers 202.

        Args:
            analysis_id: an Analysis or its id; the {id} of the path.
            command: one of 'spinUp', 'tearDown', 'buildStart', 'buildStop',
                'configurationLock', 'configurationUnlock', 'buildStatus'; sent in the body as
                'command'.

        Returns:
            Analysis: the Analysis, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as an Analysis).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def send_registry_command(
        self,
        registry_id: str | UUID | Registry,
        command: RegistryCommand,
    ) -> None:
        """Asks the Hub to set up, clean up or delete a registry, or (un)link a project.

        POST /services/registry/command (core API); the Hub answers 202.

        Args:
            registry_id: a Registry or its id; sent in the body as 'id'.
            command: one of 'setup', 'cleanup', 'delete', 'projectLink', 'projectUnlink'; sent
                in the body as 'command'.

        Returns:
            None: the Hub answers with an empty body.

        Raises:
            HubAPIError: the Hub answered with an error status.
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def sync_master_images(self) -> None:
        """Starts a sync of the master images from their Git repository.

        POST /master-images/command (core API); the Hub answers 202.

        Returns:
            None: the Hub answers with an empty body.

        Raises:
            HubAPIError: the Hub answered with an error status.
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_analysis_logs(self, analysis_id: str | UUID | Analysis) -> None:
        """Deletes every log line of an analysis.

        DELETE /analysis-logs (core API); the Hub answers 202.

        Args:
            analysis_id: an Analysis or its id; sent as filter[analysis_id].

        Returns:
            None: the Hub answers with an empty body.

        Raises:
            HubAPIError: the Hub answered with an error status.
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_analysis_node_logs(
        self,
        analysis_id: str | UUID | Analysis,
        node_id: str | UUID | Node,
    ) -> None:
        """Deletes every log line a node wrote about an analysis.

        DELETE /analysis-node-logs (core API); the Hub answers 202.

        Args:
            analysis_id: an Analysis or its id; sent as filter[analysis_id].
            node_id: a Node or its id; sent as filter[node_id].

        Returns:
            None: the Hub answers with an empty body.

        Raises:
            HubAPIError: the Hub answered with an error status.
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

class StorageClient(BaseClient):
    """The Hub's storage API: buckets and bucket files, upload and download."""

    def get_bucket(
        self,
        bucket_id: str | UUID | Bucket,
        *,
        fields: FieldParams | None = None,
    ) -> Bucket | None:
        """Get one Bucket by its id: GET /buckets/{id} (storage API).

        A storage bucket that files are uploaded to.

        Args:
            bucket_id: the Bucket to get, or its id (a UUID or its string) or name.
            fields: names of optional fields to add; Bucket has none.

        Returns:
            Bucket | None: the Bucket, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a Bucket).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_buckets(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Bucket]:
        """Get the first 50 buckets: GET /buckets (storage API).

        Use find_buckets to filter, sort or page.

        Args:
            fields: names of optional fields to add; Bucket has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Bucket]: the buckets; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Bucket).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_buckets(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Bucket], ResourceListMeta]: ...
    @overload
    def get_buckets(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Bucket] | tuple[list[Bucket], ResourceListMeta]: ...
    @overload
    def find_buckets(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[Bucket]:
        """Find buckets: GET /buckets (storage API).

        A storage bucket that files are uploaded to.

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, realm_id,
                actor_type, actor_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; Bucket has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[Bucket]: the buckets; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Bucket).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_buckets(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[Bucket], ResourceListMeta]: ...
    @overload
    def find_buckets(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[Bucket] | tuple[list[Bucket], ResourceListMeta]: ...
    def create_bucket(self, name: str, region: str | None = None) -> Bucket:
        """Create a Bucket: POST /buckets (storage API).

        A storage bucket that files are uploaded to.

        Args:
            name: str; required.
            region: str, or None; default None.

        Only the arguments given, and not None, are sent; the Hub fills in the rest.

        Returns:
            Bucket: the created Bucket, as the Hub answers.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a Bucket).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def delete_bucket(self, bucket_id: str | UUID | Bucket) -> None:
        """Delete a Bucket: DELETE /buckets/{id} (storage API).

        A storage bucket that files are uploaded to.

        Args:
            bucket_id: the Bucket to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                Bucket with that id (HubResponseError: an answer that could not be read as a
                Bucket).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def get_bucket_file(
        self,
        bucket_file_id: str | UUID | BucketFile,
        *,
        fields: FieldParams | None = None,
    ) -> BucketFile | None:
        """Get one BucketFile by its id: GET /bucket-files/{id} (storage API).

        A file stored in a bucket (created by uploading to the bucket).

        Nested resources included (requested with include=, one level deep): bucket (Bucket).

        Args:
            bucket_file_id: the BucketFile to get, or its id (a UUID or its string).
            fields: names of optional fields to add; BucketFile has none.

        Returns:
            BucketFile | None: the BucketFile, or None when the Hub has none with that id.

        Raises:
            HubAPIError: the Hub answered with an error status other than 404 (HubResponseError:
                an answer that could not be read as a BucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    @overload
    def get_bucket_files(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[BucketFile]:
        """Get the first 50 bucket_files: GET /bucket-files (storage API).

        Use find_bucket_files to filter, sort or page. Nested resources included (requested with
        include=, one level deep): bucket (Bucket).

        Args:
            fields: names of optional fields to add; BucketFile has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[BucketFile]: the bucket_files; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a BucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def get_bucket_files(
        self,
        *,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[BucketFile], ResourceListMeta]: ...
    @overload
    def get_bucket_files(
        self,
        *,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[BucketFile] | tuple[list[BucketFile], ResourceListMeta]: ...
    @overload
    def find_bucket_files(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[False] = False,
    ) -> list[BucketFile]:
        """Find bucket_files: GET /bucket-files (storage API).

        A file stored in a bucket (created by uploading to the bucket).

        Nested resources included (requested with include=, one level deep): bucket (Bucket).

        Args:
            filter: a dict of key to value; a value may be a list (any of them) or an (operator,
                value) pair such as ('like', 'ab') or ('>=', 5). Keys: id, name, directory,
                realm_id, actor_type, actor_id, bucket_id.
            sort: {'by': key, 'order': 'ascending' or 'descending'}, or a list of them. Keys:
                id, directory, name, created_at, updated_at.
            page: {'limit': 1 to 50, 'offset': 0 or more}; by default the first 50.
            fields: names of optional fields to add; BucketFile has none.
            meta: True to return (items, ResourceListMeta), the meta with total, limit, offset.

        Returns:
            list[BucketFile]: the bucket_files; with meta=True, a (list, ResourceListMeta) pair.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a BucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
    @overload
    def find_bucket_files(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: Literal[True],
    ) -> tuple[list[BucketFile], ResourceListMeta]: ...
    @overload
    def find_bucket_files(
        self,
        *,
        filter: FilterParams | None = None,
        sort: SortParams | list[SortParams] | None = None,
        page: PageParams | None = None,
        fields: FieldParams | None = None,
        meta: bool = False,
    ) -> list[BucketFile] | tuple[list[BucketFile], ResourceListMeta]: ...
    def delete_bucket_file(self, bucket_file_id: str | UUID | BucketFile) -> None:
        """Delete a BucketFile: DELETE /bucket-files/{id} (storage API).

        A file stored in a bucket (created by uploading to the bucket).

        Args:
            bucket_file_id: the BucketFile to delete, or its id (a UUID or its string).

        Returns:
            None: the Hub deleted it.

        Raises:
            HubAPIError: the Hub answered with an error status, such as 404 when there is no
                BucketFile with that id (HubResponseError: an answer that could not be read as a
                BucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def upload_to_bucket(
        self,
        bucket_id: str | UUID | Bucket,
        *upload_file: UploadFile,
    ) -> list[BucketFile]:
        """Uploads files to a bucket in one multipart request; returns the stored files.

        POST /buckets/{id}/upload (storage API), as multipart/form-data with one part per file.

        Args:
            bucket_id: a Bucket, its id or its name; the {id} of the path.
            *upload_file: one UploadFile dict per file: file_name (its directories are kept as
                the file's path), content (bytes, str or a binary file object) and optionally
                content_type (application/octet-stream by default).

        Returns:
            list[BucketFile]: the stored files, one per uploaded file.

        Raises:
            HubAPIError: the Hub answered with an error status (HubResponseError: an answer that
                could not be read as a BucketFile).
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def stream_bucket_tarball(
        self,
        bucket_id: str | UUID | Bucket,
        chunk_size: int = 1024,
    ) -> ResponseStream:
        """Streams all files of a bucket as one uncompressed tar archive.

        GET /buckets/{id}/stream (storage API), streamed: the request is sent when the method is
        called.

        Args:
            bucket_id: a Bucket, its id or its name; the {id} of the path.
            chunk_size: the largest chunk, in bytes; default 1024.

        Returns:
            ResponseStream: an iterator of byte chunks that closes the connection when
                exhausted, closed, or left as a context manager.

        Raises:
            HubAPIError: the Hub answered with an error status; raised by this call, never among
                the chunks.
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """

    def stream_bucket_file(
        self,
        bucket_file_id: str | UUID | BucketFile,
        chunk_size: int = 1024,
    ) -> ResponseStream:
        """Streams the raw bytes of one bucket file.

        GET /bucket-files/{id}/stream (storage API), streamed: the request is sent when the
        method is called.

        Args:
            bucket_file_id: a BucketFile or its id; the {id} of the path.
            chunk_size: the largest chunk, in bytes; default 1024.

        Returns:
            ResponseStream: an iterator of byte chunks that closes the connection when
                exhausted, closed, or left as a context manager.

        Raises:
            HubAPIError: the Hub answered with an error status; raised by this call, never among
                the chunks.
            TypeError, ValueError: an argument the Hub would reject or silently ignore; nothing
                was sent.
        """
