"""Completion state of each step, computed from the workspace's data (never stored)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from sqlalchemy import func
from sqlmodel import Session, select

from core.models import Sku
from core.steps import STEPS, StepState
from core.workspace import Workspace

StateFunction = Callable[[Session], StepState]

# "module:function", imported when the states are first computed: step 2's review brings
# numpy, and the start computes the states on a worker thread (ui/main_window.py), so the
# window that opens the workspace never waits for these imports.
STATE_FUNCTIONS: dict[str, str] = {
    "team": "core.team:team_state",
    "inventory": "core.inventory.review:inventory_state",
    "goals": "core.goals.plan:goals_state",
    "selection": "core.selection.pool:selection_state",
    "platform_fit": "core.matrix.state:matrix_state",
}


def state_function(key: str) -> StateFunction:
    module, name = STATE_FUNCTIONS[key].split(":")
    function: StateFunction = getattr(importlib.import_module(module), name)
    return function


def step_states(workspace: Workspace) -> dict[str, StepState]:
    with workspace.session() as session:
        return {
            step.key: state_function(step.key)(session)
            if step.key in STATE_FUNCTIONS
            else StepState.NOT_STARTED
            for step in STEPS
        }


# Up to this many SKUs the states take a few ms: the step list asks for them directly. Above
# it the window asks on a worker thread (``step_states_job``), so no edit freezes the UI.
QUICK_STATES_SKUS = 20_000


def quick_to_compute(workspace: Workspace) -> bool:
    """A local catalog of usual size: the states in a blink. A team server's answers travel
    (a dozen queries at tenths of a second each from far away): always on a thread."""
    if workspace.is_server:
        return False
    with workspace.session() as session:
        return session.exec(select(func.count()).select_from(Sku)).one() <= QUICK_STATES_SKUS


def step_states_job(workspace: Workspace, progress=None) -> dict[str, StepState]:
    """``step_states`` as a job for ``ui.job_runner`` (the progress is not needed)."""
    return step_states(workspace)
