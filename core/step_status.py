"""Completion state of each step, computed from the workspace's data (never stored)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func
from sqlmodel import Session, select

from core import team
from core.goals.plan import goals_state
from core.inventory import review
from core.matrix.state import matrix_state
from core.models import Sku
from core.selection import pool as selection_pool
from core.steps import STEPS, StepState
from core.workspace import Workspace

StateFunction = Callable[[Session], StepState]

STATE_FUNCTIONS: dict[str, StateFunction] = {
    "team": team.team_state,
    "inventory": review.inventory_state,
    "goals": goals_state,
    "selection": selection_pool.selection_state,
    "platform_fit": matrix_state,
}


def step_states(workspace: Workspace) -> dict[str, StepState]:
    with workspace.session() as session:
        return {
            step.key: STATE_FUNCTIONS[step.key](session)
            if step.key in STATE_FUNCTIONS
            else StepState.NOT_STARTED
            for step in STEPS
        }


# Up to this many SKUs the states take a few ms: the step list asks for them directly. Above
# it the window asks on a worker thread (``step_states_job``), so no edit freezes the UI.
QUICK_STATES_SKUS = 20_000


def quick_to_compute(workspace: Workspace) -> bool:
    with workspace.session() as session:
        return session.exec(select(func.count()).select_from(Sku)).one() <= QUICK_STATES_SKUS


def step_states_job(workspace: Workspace, progress=None) -> dict[str, StepState]:
    """``step_states`` as a job for ``ui.job_runner`` (the progress is not needed)."""
    return step_states(workspace)
