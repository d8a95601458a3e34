using System;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>
/// The machine of a model-based test whose every run starts from a fresh system under test and the model's initial
/// state, and whose next operation is drawn from the model: the shape most lifecycle model tests share.
/// </summary>
/// <typeparam name="TActual">The system under test.</typeparam>
/// <typeparam name="TModel">The model.</typeparam>
/// <param name="maxCommands">The most operations in one run.</param>
/// <param name="actual">Creates the system under test.</param>
/// <param name="model">Creates the model's initial state.</param>
/// <param name="next">The next operation, given the model.</param>
internal sealed class CommandMachine<TActual, TModel>(
    int maxCommands, Func<TActual> actual, Func<TModel> model, Func<TModel, Gen<Operation<TActual, TModel>>> next)
    : Machine<TActual, TModel>(maxCommands)
{
    public override Arbitrary<Setup<TActual, TModel>> Setup => Arb.From(Gen.Constant(StateMachine.Setup(actual, model)));

    public override Gen<Operation<TActual, TModel>> Next(TModel model) => next(model);
}
